/**
 * Lines of pasted command output, and the errors that point at one of them. Every parser works on
 * numbered lines so an error names the exact line of the paste (or of the collector's output) it
 * could not read.
 */

/** One non-blank line of the pasted text, with its 1-based number in that text. */
export interface Line {
  n: number;
  /** The line without its line ending and trailing blanks (AIX pads columns with spaces). */
  text: string;
}

/** A line a parser could not read: where, what it holds, and what was expected there. */
export interface ParseIssue {
  /** 1-based line number in the pasted (or collected) text. */
  line: number;
  text: string;
  /** What was expected, e.g. "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'". */
  message: string;
}

/** Splits pasted text into numbered non-blank lines; `firstLine` numbers a section of a larger text. */
export function toLines(text: string, firstLine = 1): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ n: firstLine + i, text: raw.replace(/\s+$/, '') }))
    .filter((line) => line.text !== '');
}

export function issue(line: Line, message: string): ParseIssue {
  return { line: line.n, text: line.text, message };
}

/** "line 3: expected '…', got "…"": the one-line form the wizard and the command line show. */
export function formatIssue(found: ParseIssue): string {
  return found.text === ''
    ? `line ${found.line}: ${found.message}`
    : `line ${found.line}: ${found.message}, got "${found.text}"`;
}

/** Splits a line into blank-separated fields (AIX columns are padded with spaces, never tabs). */
export function fields(text: string): string[] {
  return text.trim().split(/\s+/);
}

/**
 * AIX messages (0516-xxx LVM, 0506-xxx file systems, 0514-xxx devices) where output was expected:
 * the command failed, e.g. `0516-010 : Volume group must be varied on; use varyonvg command.`
 */
export function isAixMessage(text: string): boolean {
  return /^\s*(?:\S+: )?05\d\d-\d{3,4}\b/.test(text);
}
