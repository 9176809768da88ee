/**
 * What reading a run's log back changes in the runbook: the run record, and, for a run that brought the
 * copy up, an entry in the copy's history (core/model/copy-history.ts).
 */
import { historyEntry, withEntry } from '../../core/model/copy-history';
import type { StoredRunRecord } from '../../core/run-record/record-schema';
import type { Runbook } from './runbook';

export function ranCopy(runbook: Runbook | undefined, kept: StoredRunRecord | undefined): Partial<Runbook> {
  const entry = runbook && kept && historyEntry(kept, runbook.facts, kept.readAt);
  return entry
    ? { runRecord: kept, copyHistory: withEntry(runbook.copyHistory ?? [], entry) }
    : { runRecord: kept };
}
