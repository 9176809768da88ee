/** Last night's run of the example runbook's script, as its run record reads it back: the copy's history's source. */
import type { RunOutcome } from '../model/copy-history';

export const lastNightsRun: RunOutcome = {
  sha256: 'a'.repeat(64),
  version: '0.4.0',
  host: 'aixprod01',
  startedAt: '2026-12-05T22:00:03',
  endedAt: '2026-12-05T22:04:10',
  exitCode: 0,
};

/** When the browser read the log back. */
export const readBackAt = '2026-12-06T08:00:00.000Z';
