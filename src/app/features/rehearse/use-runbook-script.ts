/**
 * The runbook's script for a rehearsal: the engine's ksh script for these facts, written with the
 * storage admin's commands run by the script itself (CLI mode), since in the simulator the storage is
 * at hand; the "storage" button and the storage console remain for rehearsing the hand-over instead.
 */
import { useMemo } from 'react';
import { evaluate } from '../../../core/engine';
import type { Facts } from '../../../core/model/facts';

export interface RunbookScript {
  /** The script, or empty when the runbook has blockers. */
  text: string;
  /** Why there is no script (the blockers' one-line findings). */
  blockers: string[];
}

export function useRunbookScript(facts: Facts): RunbookScript {
  return useMemo(() => {
    const evaluation = evaluate(facts, {
      generatedAt: new Date().toISOString(),
      version: 'rehearsal',
      storage: 'cli',
    });
    return {
      text: evaluation.outputs?.script ?? '',
      blockers: evaluation.findings.filter((f) => f.severity === 'blocker').map((f) => f.finding),
    };
  }, [facts]);
}
