/**
 * The checklist's structure, shared by the Markdown and HTML writers: the plan's steps grouped by phase
 * and, inside a phase, by owner, each with its commands, expectation and verification, and a sign-off
 * line per owner and phase.
 */
import type { Owner, Phase } from '../engine-types';
import type { ActionStep, RunbookPlan } from '../plan/types';

export const phaseTitles: Record<Phase, string> = {
  prepare: 'Prepare',
  phase1: 'Phase 1 · Configure the LUNs',
  refresh: 'Refresh: retire the old copy',
  consistency: 'Consistency: take the copy',
  phase2: 'Phase 2 · Access the VG',
  verify: 'Check, mount and verify the copy',
};

export const ownerTitles: Record<Owner, string> = {
  storage: 'Storage admin',
  aix: 'AIX admin',
  application: 'DBA / application owner',
};

export interface ChecklistGroup {
  phase: Phase;
  owner: Owner;
  steps: { number: number; step: ActionStep }[];
}

/**
 * Consecutive steps of one phase and owner form a group, so the order of the procedure is kept
 * (a phase where owners alternate shows several groups).
 */
export function checklistGroups(plan: RunbookPlan): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  plan.steps.forEach((step, i) => {
    const last = groups[groups.length - 1];
    if (last && last.phase === step.phase && last.owner === step.owner)
      last.steps.push({ number: i + 1, step });
    else groups.push({ phase: step.phase, owner: step.owner, steps: [{ number: i + 1, step }] });
  });
  return groups;
}
