/**
 * What a step does to the undo stack: pushes its own record, takes off the record of the change it undoes
 * (or from which the copy needs it) when it ends, or one its own record replaces when it starts.
 */
export interface StepUndo {
  push?: string;
  drop?: string;
  replace?: string;
  /**
   * For a step that pushes a change a later step of the plan undoes: the steps the change is for (those
   * between the two, but the other changes and closers). Once they are all done, a rerun has no use for
   * it: production is not stopped, unmounted or frozen again for a copy already taken.
   */
  serves?: string[];
  /** For a step that undoes an earlier one in the course of the plan: that step's id. */
  undoes?: string;
  /**
   * Further records this step takes off when it ends, besides `drop`: several storage steps whose undo
   * holds until the copy VG is defined (Global Mirror's failover and journal restore) close at one step.
   */
  alsoDrop?: string[];
}
