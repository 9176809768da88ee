/**
 * The consistency decision of docs/procedure.md ("Consistency of the copy"), one rule for the wizard's
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

/** The two questions only the admin can answer (null: not answered yet); the rest is read from the facts. */
export interface ConsistencyAnswers {
  canUnmount: boolean | null;
  consistencyGroup: boolean | null;
}

const groupApproaches: readonly Consistency['approach'][] = [
  'consistency-group',
  'freeze-and-consistency-group',
];

/** The answers as a chosen approach implies them (a method picked directly answers both questions). */
function answersOfApproach(approach: Consistency['approach']): ConsistencyAnswers {
  if (approach === null) return { canUnmount: null, consistencyGroup: null };
  if (approach === 'unmount') return { canUnmount: true, consistencyGroup: null };
  return { canUnmount: false, consistencyGroup: groupApproaches.includes(approach) };
}

/** The admin's answers: as given, or (runbooks saved before answers were kept) as the approach implies. */
export function answersOf(consistency: Consistency): ConsistencyAnswers {
  const implied = answersOfApproach(consistency.approach);
  return {
    canUnmount: consistency.canUnmount === undefined ? implied.canUnmount : consistency.canUnmount,
    consistencyGroup:
      consistency.consistencyGroup === undefined ? implied.consistencyGroup : consistency.consistencyGroup,
  };
}

/**
 * The supported method these answers lead to on these facts, or the unsupported fallback; null while an
 * answer the decision needs is missing (a live copy needs the consistency-group answer).
 */
export function decideApproach(facts: Facts, answers: ConsistencyAnswers): Consistency['approach'] {
  if (answers.canUnmount === null) return null;
  if (answers.canUnmount) return 'unmount';
  if (answers.consistencyGroup === null) return null;
  const freeze = freezeSupport(facts).available;
  if (freeze && answers.consistencyGroup) return 'freeze-and-consistency-group';
  if (answers.consistencyGroup) return 'consistency-group';
  if (freeze) return 'freeze';
  return 'unsupported-fallback';
}

/** The facts after the admin answers one of the questions: the approach follows from every answer so far. */
export function answerConsistency(facts: Facts, change: Partial<ConsistencyAnswers>): Facts {
  const answers = { ...answersOf(facts.consistency), ...change };
  const approach = decideApproach(facts, answers);
  return { ...facts, consistency: { ...facts.consistency, ...answers, approach } };
}

/** The facts after the admin picks the method directly: the answers it implies are recorded with it. */
export function chooseApproach(facts: Facts, approach: NonNullable<Consistency['approach']>): Facts {
  return { ...facts, consistency: { ...facts.consistency, ...answersOfApproach(approach), approach } };
}

/** A method the tool suggests, with the reason; the admin accepts it or answers otherwise. */
export interface MethodSuggestion {
  approach: NonNullable<Consistency['approach']>;
  reason: string;
}

/**
 * When the file systems stay mounted and the consistency-group question is still open, JFS2 freeze/thaw is
 * suggested where every file system is JFS2 and the AIX level has it (docs/procedure.md): a suggestion only, never
 * chosen for the admin, because it decides how production is stilled during the copy.
 */
export function suggestedMethod(facts: Facts): MethodSuggestion | undefined {
  const answers = answersOf(facts.consistency);
  if (answers.canUnmount !== false || answers.consistencyGroup !== null || facts.consistency.approach) return;
  if (facts.sourceVg.fileSystems.length === 0 || !freezeSupport(facts).available) return;
  return {
    approach: 'freeze',
    reason: `Every file system is JFS2 and AIX ${facts.aix.release} has JFS2 freeze/thaw.`,
  };
}
