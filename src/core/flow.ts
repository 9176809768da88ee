/**
 * The wizard's flow as a pure table: which page follows which, and what each page needs before the
 * admin can leave it complete. The React pages and the stepper only read this.
 */
import type { Facts } from './model/facts';

export const wizardSteps = [
  { id: 'start', title: 'Start', summary: 'Runbook name and the environment' },
  { id: 'phase1', title: 'Phase 1 · Configure LUNs', summary: 'First copy or refresh, target LUNs, cfgmgr' },
  { id: 'consistency', title: 'Consistency', summary: 'Unmount, freeze/thaw or consistency group' },
  { id: 'phase2', title: 'Phase 2 · Access the VG', summary: 'importvg or recreatevg, names of the copy' },
  { id: 'review', title: 'Review & export', summary: 'Checks, plan, script and checklist' },
  { id: 'rehearse', title: 'Rehearse', summary: 'Play the script on the simulator' },
] as const;

export type StepId = (typeof wizardSteps)[number]['id'];

export function isStepId(value: string | undefined): value is StepId {
  return wizardSteps.some((s) => s.id === value);
}

function stepIndex(id: StepId): number {
  return wizardSteps.findIndex((s) => s.id === id);
}

export function nextStep(id: StepId): StepId | undefined {
  return wizardSteps[stepIndex(id) + 1]?.id;
}

export function previousStep(id: StepId): StepId | undefined {
  const i = stepIndex(id);
  return i > 0 ? wizardSteps[i - 1].id : undefined;
}

/** What still has to be answered on a page; an empty list means the page is complete. */
export function missingAnswers(step: StepId, facts: Facts, runbookName: string): string[] {
  const missing: string[] = [];
  switch (step) {
    case 'start':
      if (!runbookName.trim()) missing.push('a runbook name');
      if (!facts.sourceVg.name.trim()) missing.push('the source VG name');
      if (facts.sourceVg.disks.length === 0) missing.push('the source VG disks');
      break;
    case 'phase1':
      if (facts.targets.luns.length === 0) missing.push('the target LUNs');
      if (facts.mode === 'refresh' && !facts.existingCopy?.vgName) missing.push('the existing copy VG name');
      break;
    case 'consistency':
      if (facts.consistency.approach === 'unsupported-fallback' && !facts.consistency.acknowledgeUnsupported)
        missing.push('the acknowledgement of the unsupported fallback');
      break;
    case 'phase2':
      if (!facts.newVg.name.trim()) missing.push('the copy VG name');
      break;
    case 'review':
    case 'rehearse':
      break;
  }
  return missing;
}
