/**
 * What the grader checks for one scenario, in names it can look up in the world's picture. Filled in from
 * the scenario (its goal and the copy it describes) by the session's simulator adapter.
 */
export interface GradingGoal {
  /** The production VG whose copy is brought up; it must be left as it was. */
  sourceVg: string;
  /** The name the copy VG must end up with, varied on. */
  copyVg: string;
  /** Mount points of the copy's file systems must start with this (recreatevg -L), when the goal says so. */
  mountPrefix?: string;
  /** The copy's file systems must end up mounted. */
  copyMounted: boolean;
}
