/**
 * The wizard's pages in order, by id: the one list the flow, the findings (each names its page) and the
 * stepper share. Kept apart from flow.ts, which reads the questions the model leaves open, so the model can
 * name a page without importing the flow.
 */
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
