/**
 * What the Consistency page shows beside the decision (the decision itself is one rule for the wizard and
 * the command line: src/core/model/consistency-decision.ts).
 */
import { fileSystemsByLog } from '../../../core/checks/log-placement';
import type { Facts } from '../../../core/model/facts';

/**
 * File systems that share one outer log: they must all be copied together (docs/procedure.md). A log guessed
 * from lsvg -l (logRead: false) asserts no sharing: the page names it as not read instead.
 */
export function sharedLogs(facts: Facts): { log: string; mountPoints: string[] }[] {
  const read = facts.sourceVg.fileSystems.filter((fs) => fs.logRead !== false);
  return [...fileSystemsByLog(read)]
    .filter(([, mps]) => mps.length > 1)
    .map(([log, mountPoints]) => ({ log, mountPoints }));
}
