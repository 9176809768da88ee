/**
 * What the Consistency page shows beside the decision (the decision itself is one rule for the wizard and
 * the command line: src/core/model/consistency-decision.ts).
 */
import type { Facts } from '../../../core/model/facts';

/** File systems that share one outer log: they must all be copied together (DOMAIN.md). */
export function sharedLogs(facts: Facts): { log: string; mountPoints: string[] }[] {
  const byLog = new Map<string, string[]>();
  for (const fs of facts.sourceVg.fileSystems) {
    if (fs.log === 'INLINE') continue;
    byLog.set(fs.log, [...(byLog.get(fs.log) ?? []), fs.mountPoint]);
  }
  return [...byLog].filter(([, mps]) => mps.length > 1).map(([log, mountPoints]) => ({ log, mountPoints }));
}
