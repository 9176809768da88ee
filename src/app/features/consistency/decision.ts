/**
 * The consistency decision path of DOMAIN.md ("Consistency of the copy") as a pure function: unmount if
 * possible; otherwise JFS2 freeze/thaw where the AIX level has it and every file system is JFS2, a storage
 * consistency group where the storage offers one, both when both are there; else the unsupported fallback.
 */
import { hasFreeze } from '../../../core/checks/freeze-unsupported-aix';
import type { Consistency, Facts } from '../../../core/model/facts';

export interface FreezeSupport {
  available: boolean;
  /** Why not, in a sentence, when not available. */
  reason?: string;
}

/** Whether JFS2 freeze/thaw can be used for every file system of the source VG. */
export function freezeSupport(facts: Facts): FreezeSupport {
  if (!hasFreeze(facts.aix)) {
    return {
      available: false,
      reason:
        facts.aix.release === '5.2'
          ? 'AIX 5.2 has freeze/thaw only with APAR IY66043.'
          : `AIX 5.3 has freeze/thaw from maintenance level 1; this host is at ML${facts.aix.technologyLevel}.`,
    };
  }
  const jfs = facts.sourceVg.fileSystems.filter((f) => f.vfs === 'jfs').map((f) => f.mountPoint);
  if (jfs.length > 0)
    return {
      available: false,
      reason: `JFS has no freeze: ${jfs.join(', ')} ${jfs.length > 1 ? 'are' : 'is'} JFS.`,
    };
  return { available: true };
}

export interface Answers {
  canUnmount: boolean;
  consistencyGroup: boolean;
}

/** The answers as the stored approach implies them. */
export function answersOf(approach: Consistency['approach']): Answers {
  return {
    canUnmount: approach === 'unmount',
    consistencyGroup: approach === 'consistency-group' || approach === 'freeze-and-consistency-group',
  };
}

/** The supported method these answers lead to, or the unsupported fallback. */
export function decideApproach(answers: Answers, freeze: FreezeSupport): Consistency['approach'] {
  if (answers.canUnmount) return 'unmount';
  if (freeze.available && answers.consistencyGroup) return 'freeze-and-consistency-group';
  if (answers.consistencyGroup) return 'consistency-group';
  if (freeze.available) return 'freeze';
  return 'unsupported-fallback';
}

/** File systems that share one outer log: they must all be copied together (DOMAIN.md). */
export function sharedLogs(facts: Facts): { log: string; mountPoints: string[] }[] {
  const byLog = new Map<string, string[]>();
  for (const fs of facts.sourceVg.fileSystems) {
    if (fs.log === 'INLINE') continue;
    byLog.set(fs.log, [...(byLog.get(fs.log) ?? []), fs.mountPoint]);
  }
  return [...byLog].filter(([, mps]) => mps.length > 1).map(([log, mountPoints]) => ({ log, mountPoints }));
}
