/**
 * What the grader checks for one scenario, in names it can look up in the world's picture. Filled in from
 * the scenario (its goal, the copy it describes and its graded items) by the session's simulator adapter.
 */
import type { CopyGoal } from '../rehearse/judge';
import type { GradeItem } from '../scenarios/schema';

export interface GradingGoal extends CopyGoal {
  /** The checkable items, each with its points and lesson (src/sim/scenarios/grading-items.ts). */
  items: GradeItem[];
}
