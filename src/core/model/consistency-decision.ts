/**
 * The consistency decision of DOMAIN.md ("Consistency of the copy"), one rule for the wizard's
 * Consistency page and for `npm run plan -- --scenario`: unmount if possible; otherwise JFS2 freeze/thaw
 * where the AIX level has it and every file system is JFS2, a storage consistency group where the storage
 * offers one, both when both are there (IBM's order: hot-backup, sync, freeze, copy, thaw, end
 * hot-backup); else the unsupported fallback.
 */
import type { AixLevel, Consistency, Facts } from './facts';

/** Whether this AIX level has JFS2 freeze/thaw: 5.2 with APAR IY66043, 5.3 from ML1, every later release. */
export function hasFreeze(aix: AixLevel): boolean {
  if (aix.release === '5.2') return aix.hasIY66043;
  if (aix.release === '5.3') return aix.technologyLevel >= 1;
  return true;
}

export interface FreezeSupport {
  available: boolean;
  /** Why not, in a sentence, when not available. */
  reason?: string;
}

/** Whether JFS2 freeze/thaw can be used for every file system of the source VG (JFS has no freeze). */
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

/** The two questions only the admin can answer; everything else the decision reads from the facts. */
export interface ConsistencyAnswers {
  canUnmount: boolean;
  consistencyGroup: boolean;
}

/** The answers as the stored approach implies them. */
export function answersOf(approach: Consistency['approach']): ConsistencyAnswers {
  return {
    canUnmount: approach === 'unmount',
    consistencyGroup: approach === 'consistency-group' || approach === 'freeze-and-consistency-group',
  };
}

/** The supported method these answers lead to on these facts, or the unsupported fallback. */
export function decideApproach(facts: Facts, answers: ConsistencyAnswers): Consistency['approach'] {
  const freeze = freezeSupport(facts).available;
  if (answers.canUnmount) return 'unmount';
  if (freeze && answers.consistencyGroup) return 'freeze-and-consistency-group';
  if (answers.consistencyGroup) return 'consistency-group';
  if (freeze) return 'freeze';
  return 'unsupported-fallback';
}

/** The facts after the admin answers one of the questions: the approach follows from every answer so far. */
export function answerConsistency(facts: Facts, change: Partial<ConsistencyAnswers>): Facts {
  const approach = decideApproach(facts, { ...answersOf(facts.consistency.approach), ...change });
  return { ...facts, consistency: { ...facts.consistency, approach } };
}
