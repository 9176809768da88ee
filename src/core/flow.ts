/**
 * The wizard's flow as a pure table: which page follows which, and what each page needs before the
 * admin can leave it complete. The React pages and the stepper only read this.
 */
import type { Facts } from './model/facts';
import { unansweredQuestions } from './model/unanswered';
import { type StepId, wizardSteps } from './wizard-steps';

export function stepIndex(id: StepId): number {
  return wizardSteps.findIndex((s) => s.id === id);
}

export function nextStep(id: StepId): StepId | undefined {
  return wizardSteps[stepIndex(id) + 1]?.id;
}

export function previousStep(id: StepId): StepId | undefined {
  const i = stepIndex(id);
  return i > 0 ? wizardSteps[i - 1].id : undefined;
}

/**
 * What still has to be answered on a page; an empty list means the page is complete. Review and Rehearse
 * are complete only when every page before them is: they export and play what those pages answered.
 */
export function missingAnswers(step: StepId, facts: Facts, runbookName: string): string[] {
  const missing: string[] = [];
  switch (step) {
    case 'start':
      if (!runbookName.trim()) missing.push('a runbook name');
      if (!facts.sourceVg.name.trim()) missing.push('the source VG name');
      if (facts.sourceVg.disks.length === 0) missing.push('the source VG disks');
      // A retire names the copy it removes here (docs/procedure.md "Retiring a copy").
      if (facts.mode === 'retire') {
        if (!facts.existingCopy?.vgName) missing.push('the copy VG name');
        if (!facts.existingCopy?.disks.length) missing.push("the copy's disks");
        if (!facts.existingCopy?.vgId) missing.push("the copy's VG identifier");
      }
      for (const q of unansweredQuestions(facts).filter((q) => q.step === 'start'))
        missing.push(`the answer to “${q.question}”`);
      break;
    case 'phase1':
      if (facts.targets.luns.length === 0) missing.push('the target LUNs');
      if (facts.mode === 'refresh' && !facts.existingCopy?.vgName) missing.push('the existing copy VG name');
      break;
    case 'consistency':
      for (const q of unansweredQuestions(facts).filter((q) => q.step === 'consistency'))
        missing.push(`the answer to “${q.question}”`);
      if (facts.consistency.approach === 'unsupported-fallback' && !facts.consistency.acknowledgeUnsupported)
        missing.push('the acknowledgement of the unsupported fallback');
      break;
    case 'phase2':
      if (!facts.newVg.name.trim()) missing.push('the copy VG name');
      break;
    case 'review':
    case 'rehearse':
      for (const earlier of wizardSteps.slice(0, stepIndex('review')))
        if (missingAnswers(earlier.id, facts, runbookName).length > 0)
          missing.push(`what ${earlier.title} still needs`);
      break;
  }
  return missing;
}
