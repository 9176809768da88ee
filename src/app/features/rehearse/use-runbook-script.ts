/**
 * The script the rehearsal plays: the very script the Review page downloads (runbookExports, the same
 * version and date in its header), pauses for the storage admin included, so what is rehearsed is what
 * runs tonight. Where the runbook cannot give that script yet, the reasons instead, and no script: a
 * DS8000 runbook that names no storage image would print the storage admin's commands without the box
 * they are for, so the rehearsal says what is missing rather than put in the simulated box's name.
 */
import { useMemo } from 'react';
import type { Runbook } from '../../store/runbooks';
import { findingsOf, planOf, runbookExports } from '../../store/use-engine';

export interface RunbookScript {
  /** The downloaded script, or empty when the runbook cannot give it yet. */
  text: string;
  /** Why there is no script (the blockers' one-line findings, and what the rehearsal needs besides). */
  blockers: string[];
}

export function useRunbookScript(runbook: Runbook): RunbookScript {
  return useMemo(() => {
    const { facts } = runbook;
    const blockers = findingsOf(facts)
      .filter((f) => f.severity === 'blocker')
      .map((f) => f.finding);
    if (facts.copy.storage === 'ds8000' && !facts.storage?.storageImage) {
      blockers.push(
        'The runbook names no DS8000 storage image id (Phase 1 · Configure LUNs, as lssi shows it): the storage admin’s commands in the script name the box with it (dscli -dev).',
      );
    }
    const plan = planOf(facts);
    if (blockers.length > 0 || !plan) return { text: '', blockers };
    return { text: runbookExports(runbook, plan).script, blockers };
  }, [runbook]);
}
