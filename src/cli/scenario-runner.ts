/**
 * The simulator flow behind `plan --scenario` and `--rehearse`, as plan.ts calls it: its own file so the
 * flow (plan-scenario.ts) and its caller depend on the type, not on each other.
 */
import type { PauseAnswer } from '../sim/rehearse/rehearse';
import type { Fault } from '../sim/world/faults';

/** The simulator flow behind --scenario and --rehearse (src/core/README.md "Command line and figures"). */
export interface ScenarioRunner {
  /** Runs the collector in the scenario, imports it and adds what the storage admin knows. */
  collect(
    name: string,
  ): Promise<{ ok: true; input: unknown; notes: string[] } | { ok: false; error: string }>;
  /**
   * Runs the script non-interactively (-y) in a fresh world of the scenario, `answers` on its standard
   * input for the pauses, `faults` armed (--fail), killed as it is about to run step `killAt`
   * (--kill-at), and judges the goal (the copy VG `copyVg`, the facts' new VG) and production.
   */
  rehearse(
    name: string,
    script: string,
    copyVg: string,
    answers: PauseAnswer[],
    options?: { faults?: Fault[]; killAt?: number },
  ): Promise<{
    transcript: string;
    /** Injected faults that fired (or did not): never to be taken for a defect of the script. */
    notes?: string[];
    verdict: string;
    reached: boolean;
    /**
     * Production after the run, one line a part (the source VG, its file systems and applications,
     * volumes whose writes a freeze held, the mirrors), with what it was where it changed.
     */
    source: string[];
  }>;
}
