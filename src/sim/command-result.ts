/**
 * What every simulated command returns: AIX prints results on stdout, messages (0516-..., 0506-...) on
 * stderr, and sets the exit code scripts test. User errors are results; only a broken invariant throws.
 */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr, exitCode };
}
