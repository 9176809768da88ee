/**
 * What the grader hands back: one check per goal, trap and risky step, each with the points it was worth,
 * whether the trainee got it, and the lesson to learn when they did not. Shared by the grader, the server
 * (which stores it with the attempt) and the pages that show it.
 */

/** goal: the scenario's goal; trap: a docs/procedure.md trap; risky: an unnecessary or risky step. */
export type CheckKind = 'goal' | 'trap' | 'risky';

export interface GradeCheck {
  /** Stable id: the item's check, and for a mount or an application its name ('mounted /fs/data'). */
  id: string;
  kind: CheckKind;
  /** One line, as the trainee sees it: "The copy VG flashcopyvg is varied on". */
  title: string;
  passed: boolean;
  /** Points this check is worth, and what the trainee earned (0 or all of it). */
  points: number;
  earned: number;
  /** What happened, naming the command (and its line in the transcript) where it went wrong. */
  detail: string;
  /** What to learn from a miss (from docs/procedure.md); shown only when the check failed. */
  lesson: string;
}

export interface Grade {
  /** 0-100: the earned share of the points. */
  score: number;
  /** Every goal reached and no trap fallen into. */
  passed: boolean;
  checks: GradeCheck[];
}
