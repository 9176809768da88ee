/**
 * Limits that keep one script from holding a server: the shell is run by the backend for every session,
 * so a `while true` loop, a huge upload or a flood of output must end with a clear message.
 */

export interface ShellLimits {
  /** Largest script accepted, in bytes. */
  maxScriptBytes: number;
  /** Most lines a script may have. */
  maxScriptLines: number;
  /** Wall-clock time one run may take, in milliseconds (enforced by the interpreter's deadline). */
  maxWallMs: number;
  /** Simulated time one run may let pass (sleep, waits), in seconds. */
  maxSimulatedSeconds: number;
  /** Total stdout + stderr one run may produce, in bytes. */
  maxOutputBytes: number;
  /** Commands one run may execute. */
  maxCommands: number;
  /** Iterations one loop may make. */
  maxLoopIterations: number;
  /**
   * Wall-clock time a script step may spend waiting at the terminal for a person's answer (a pause
   * while the storage admin takes the copy), on top of maxWallMs.
   */
  maxTerminalWaitMs: number;
}

/**
 * Generous for any real runbook script (a few hundred lines, a few hundred commands, hours of waits).
 * Simulated time costs real time (applications write every second: a simulated day is ~0.6 s of CPU),
 * so two days is the most one run may let pass.
 */
export const DEFAULT_SHELL_LIMITS: ShellLimits = {
  maxScriptBytes: 256 * 1024,
  maxScriptLines: 5000,
  maxWallMs: 10_000,
  maxSimulatedSeconds: 48 * 3600,
  maxOutputBytes: 1024 * 1024,
  maxCommands: 50_000,
  maxLoopIterations: 10_000,
  maxTerminalWaitMs: 4 * 3600_000,
};

/** Why a script is refused before it runs, or null when it is within the limits. */
export function scriptTooBig(text: string, limits: ShellLimits): string | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxScriptBytes) {
    return `the script is ${bytes} bytes; the simulator runs scripts of up to ${limits.maxScriptBytes} bytes`;
  }
  const lines = text.split('\n').length;
  if (lines > limits.maxScriptLines) {
    return `the script has ${lines} lines; the simulator runs scripts of up to ${limits.maxScriptLines} lines`;
  }
  return null;
}

/**
 * Whether a command's output is over the output limit, counted in UTF-8 bytes as the interpreter counts
 * it (a line run without the interpreter must be refused exactly when it would be).
 */
export function outputTooBig(stdout: string, stderr: string, limits: ShellLimits): boolean {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: only output near the limit needs encoding to be counted.
  const units = stdout.length + stderr.length;
  if (units * 3 <= limits.maxOutputBytes) return false;
  const encoder = new TextEncoder();
  return encoder.encode(stdout).length + encoder.encode(stderr).length > limits.maxOutputBytes;
}

/** The admin's words for the output limit, whether the interpreter or a line run without it hit it. */
export function outputLimitMessage(bytes: number | string): string {
  return `ksh: the output passed ${bytes} bytes and the run was stopped (the simulator's limit for one run).\n`;
}

/**
 * The interpreter words a limit it enforces with its option names (`while loop: too many iterations
 * (10000), increase executionLimits.maxLoopIterations`); the admin at the terminal is told what happened
 * and that it is the simulator's limit, not an AIX error.
 */
export function limitsInAdminWords(stderr: string): string {
  if (!stderr.includes('execution')) return stderr;
  return stderr
    .replace(
      /^(?:ksh|bash): (for|while|until) loop: too many iterations \((\d+)\), increase executionLimits\.\w+$/gm,
      'ksh: the $1 loop went round $2 times and was stopped (the simulator ends a loop there).',
    )
    .replace(
      /^(?:ksh|bash): too many commands executed \(>(\d+)\), increase executionLimits\.\w+$/gm,
      "ksh: the run executed $1 commands and was stopped (the simulator's limit for one run).",
    )
    .replace(
      /^(?:ksh|bash): .*exceeded execution deadline \((\d+)ms\)$/gm,
      "ksh: the run took longer than $1 ms of real time and was stopped (the simulator's limit for one run).",
    )
    .replace(
      /^(?:ksh|bash): (?:\S+: )?total output size exceeded \(>(\d+) bytes\), increase executionLimits\.\w+\n?/gm,
      (_, bytes: string) => outputLimitMessage(bytes),
    );
}
