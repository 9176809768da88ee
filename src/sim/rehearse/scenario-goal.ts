/**
 * A scenario's goal for a rehearsal or an attempt: its copy (and, for a copy set, each further VG's copy)
 * under its prefix, or for a retire the copy gone; production unchanged. One function, so the Rehearse page, the grader and the command
 * line judge every VG of a set alike (docs/procedure.md "Copy sets").
 */
import type { Scenario } from '../scenarios/schema';
import type { CopyGoal } from './judge';

/** The goal of the scenario, its first copy named `copyVg` (the runbook's name) or as the scenario expects. */
export function scenarioGoal(scenario: Scenario, copyVg = scenario.expect.vg ?? ''): CopyGoal {
  return {
    sourceVg: scenario.sourceVg ?? '',
    copyVg,
    mountPrefix: scenario.expect.mountedUnder,
    moreCopies: scenario.moreVgs.map((m) => ({ sourceVg: m.sourceVg, copyVg: m.vg })),
    ...(scenario.expect.retired ? { retired: true } : {}),
  };
}
