/**
 * just-bash words its own errors as bash does (`bash: x: command not found`); an AIX admin sees ksh's.
 * Only the wording of the shell's own messages changes; commands' messages pass through untouched.
 */

/** AIX ksh says `ksh: name:  not found.` (two spaces) for an unknown command. */
export function kshStderr(stderr: string): string {
  if (!stderr.includes('bash')) return stderr;
  return stderr
    .replace(/^bash: (.*): command not found$/gm, 'ksh: $1:  not found.')
    .replace(/^bash: /gm, 'ksh: ');
}

/** Position of a parse error reported by just-bash (`Parse error at 3:1: ...`). */
interface ParseFailure {
  line: number;
  column: number;
  message: string;
}

/** Reads just-bash's parse exception; anything else is a bug and is thrown again. */
export function parseFailure(error: unknown): ParseFailure {
  if (error instanceof Error && 'line' in error && typeof error.line === 'number') {
    const column = 'column' in error && typeof error.column === 'number' ? error.column : 1;
    return { line: error.line, column, message: error.message.replace(/^Parse error at \d+:\d+: /, '') };
  }
  throw error;
}

/**
 * The message for a script the shell cannot parse, naming the line and showing it, e.g.
 * `ksh: refresh.sh[3]: syntax error near unexpected token `fi' (line 3, column 1)` and the line's text
 * with a caret. `source` is the script's name, or empty for a line typed at the prompt.
 */
export function syntaxErrorMessage(source: string, text: string, failure: ParseFailure): string {
  const lineText = (text.split('\n')[failure.line - 1] ?? '').trimStart();
  const where = source ? `ksh: ${source}[${failure.line}]: ` : 'ksh: ';
  const what = failure.message.startsWith('syntax error')
    ? failure.message
    : `syntax error: ${failure.message}`;
  return (
    `${where}${what} (line ${failure.line}, column ${failure.column})\n` +
    `    ${lineText}\n` +
    `    ${' '.repeat(Math.max(0, failure.column - 1))}^\n`
  );
}
