/**
 * The simulated time a run has let pass, for the simulated-time limit: sleeps and waits move the world's
 * clock, and simulated time costs real time (applications write every simulated second).
 */
import { type CommandResult, fail } from '../command-result';
import type { ShellLimits } from './shell-limits';

export class RunClock {
  private startedAt = 0;

  constructor(
    private readonly limits: ShellLimits,
    /** The world's simulated clock in seconds; without it no time passes. */
    private readonly simulatedSeconds?: () => number,
  ) {}

  /** A run (a line, a script, a step) starts now. */
  start(): void {
    this.startedAt = this.now();
  }

  /** Simulated seconds the run may still let pass, as commands get it (`ctx.timeLeft`). */
  timeLeft(): number {
    return this.limits.maxSimulatedSeconds - (this.now() - this.startedAt);
  }

  /** Refuses further commands once a run has let more simulated time pass than the limit allows. */
  exceeded(): CommandResult | null {
    const elapsed = this.now() - this.startedAt;
    if (elapsed <= this.limits.maxSimulatedSeconds) return null;
    return fail(
      `ksh: the run has used ${elapsed} s of simulated time (limit ${this.limits.maxSimulatedSeconds} s); commands are refused.\n`,
      124,
    );
  }

  private now(): number {
    return this.simulatedSeconds?.() ?? 0;
  }
}
