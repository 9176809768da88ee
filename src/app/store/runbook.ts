/**
 * One runbook as the browser keeps it (runbooks.ts holds them all), in a file of its own so the modules
 * the store is made of (tab-storage.ts, conflicts.ts) name it without importing the store.
 */
import type { StepId } from '../../core/wizard-steps';
import type { Facts } from '../../core/model/facts';
import type { Review } from '../../core/model/review';
import type { CopyHistory } from '../../core/model/copy-history-schema';
import type { StoredRunRecord } from '../../core/run-record/record-schema';

export interface Runbook {
  id: string;
  name: string;
  facts: Facts;
  /** The page the admin was last on, to reopen the runbook where they left it. */
  lastStep: StepId;
  createdAt: string;
  updatedAt: string;
  /**
   * When the facts last changed: the date in the script's header, so a change that is not to the facts
   * (a rename, a review, a run record) leaves the script's bytes, and its checksum, as they were. Absent in
   * runbooks kept before it existed: updatedAt stands in.
   */
  factsChangedAt?: string;
  /** Marked reviewed, for the facts as they were then (void once they change: core/model/review.ts). */
  review?: Review;
  /** The script's run read back from its log (docs/run-record.md); kept whatever the facts do after it. */
  runRecord?: StoredRunRecord;
  /** The last rehearsal's log read back the same way: its timings stand beside the run's. */
  rehearsalRecord?: StoredRunRecord;
  /** The copies the runbook's runs brought up, oldest first (core/model/copy-history.ts). */
  copyHistory?: CopyHistory;
  /** With accounts: who made the runbook, and the team it is shared with (as the server says). */
  owner?: string;
  team?: string;
  /**
   * The server's version this copy was saved as or read from: a save names it, and the server refuses a
   * save from an older version (409). Absent while the server has never had the runbook.
   */
  version?: number;
}
