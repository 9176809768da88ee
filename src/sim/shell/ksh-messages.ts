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

/** Position and text of a parse error. */
export interface ParseFailure {
  line: number;
  column: number;
  message: string;
}

/**
 * Reads the parse error of mvdan/sh (sh-syntax), which has `Pos {Line, Col}`; null for anything else.
 * Its messages name the construct left open (`` `if` statement must end with `fi` `` at the `if`).
 */
export function kshParseFailure(error: unknown): ParseFailure | null {
  if (!(error instanceof Error)) return null;
  const pos = 'Pos' in error ? (error.Pos as { Line?: number; Col?: number } | undefined) : undefined;
  if (pos?.Line) return { line: pos.Line, column: pos.Col ?? 1, message: error.message.replaceAll('`', "'") };
  // "Not in this shell" errors are plain errors whose message starts with `line:column: `.
  const plain = /^(\d+):(\d+): (.*)$/s.exec(error.message);
  return plain ? { line: Number(plain[1]), column: Number(plain[2]), message: plain[3] } : null;
}

/**
 * Reads just-bash's parse exception of `text`; anything else is a bug and is thrown again. just-bash
 * strips each line's indentation before parsing, so its column is moved back onto the line as written.
 */
export function parseFailure(error: unknown, text: string): ParseFailure {
  if (error instanceof Error && 'line' in error && typeof error.line === 'number') {
    const column = 'column' in error && typeof error.column === 'number' ? error.column : 1;
    const indent = /^\s*/.exec(text.split('\n')[error.line - 1] ?? '')?.[0].length ?? 0;
    return {
      line: error.line,
      column: column + indent,
      message: error.message.replace(/^Parse error at \d+:\d+: /, ''),
    };
  }
  throw error;
}

/**
 * The message for a script the shell cannot parse, naming the line and showing it, e.g.
 * `ksh: refresh.sh[3]: syntax error near unexpected token `fi' (line 3, column 1)` and the line's text
 * with a caret. `source` is the script's name, or empty for a line typed at the prompt. `unsupported`:
 * valid ksh that just-bash cannot parse (a gap of the simulator, not of the script).
 */
export function syntaxErrorMessage(
  source: string,
  text: string,
  failure: ParseFailure,
  unsupported = false,
): string {
  const lineText = text.split('\n')[failure.line - 1] ?? '';
  const where = source ? `ksh: ${source}[${failure.line}]: ` : 'ksh: ';
  const what = unsupported
    ? `the simulator's shell does not understand this ksh syntax: ${failure.message}`
    : failure.message.startsWith('syntax error')
      ? failure.message
      : `syntax error: ${failure.message}`;
  return (
    `${where}${what} (line ${failure.line}, column ${failure.column})\n` +
    `    ${lineText}\n` +
    `    ${' '.repeat(Math.max(0, failure.column - 1))}^\n`
  );
}
