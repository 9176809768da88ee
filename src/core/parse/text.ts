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
  /** The line's text; only its start for a line refused for its length. */
  text: string;
  /** What was expected, e.g. "expected 'hdiskN  PVID|none  VG|None  [active|concurrent]'". */
  message: string;
}

/**
 * The longest line read. AIX's widest lines are `lsfs -q`'s detail line, about 210 characters, and
 * `lsattr -El` rows, about 120 (docs/aix-behaviour.md §4.3, §6); lspv and lsvg rows are shorter and
 * /etc/filesystems lines short.
 * A longer line is not AIX output, and refusing it before any regular expression sees it keeps the
 * work per line bounded whatever was pasted.
 */
export const maxLineLength = 1024;

/**
 * The largest paste read, in characters. The collector's output for a VG of 1024 disks (an
 * `lsattr -El` section of about 3.5 KB per disk) and 512 file systems is about 4 MB.
 */
export const maxPasteLength = 8 * 1024 * 1024;

/** How much of a refused line its error shows. */
const shownOfRefused = 40;

/** The paste as numbered lines, and the lines refused for their length (or the whole paste for its size). */
export interface PastedLines {
  lines: Line[];
  refused: ParseIssue[];
}

/**
 * Splits pasted text into numbered non-blank lines; `firstLine` numbers a section of a larger text.
 * A line longer than `maxLineLength` is left out and reported, the rest is kept; a paste longer than
 * `maxPasteLength` is refused whole (a cut listing would read as a shorter one).
 */
export function readLines(text: string, firstLine = 1): PastedLines {
  if (text.length > maxPasteLength) {
    const message = `expected at most ${maxPasteLength} characters of AIX output in one paste, got ${text.length}: paste one command's output, or the collector's output for one VG`;
    return { lines: [], refused: [{ line: firstLine, text: '', message }] };
  }
  const lines: Line[] = [];
  const refused: ParseIssue[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = { n: firstLine + i, text: raw.trimEnd() };
    if (line.text.length > maxLineLength) refused.push(refusedLine(line));
    else if (line.text !== '') lines.push(line);
  });
  const indent = commonIndent(lines);
  return {
    lines: indent === 0 ? lines : lines.map((line) => ({ n: line.n, text: line.text.slice(indent) })),
    refused,
  };
}

/**
 * The blanks every line starts with (the same characters on every line): output copied from
 * documentation or a ticket comes indented by spaces or a tab. AIX starts at least one line of each
 * output it prints at column 1 (mount's rule line, a header, the first row), so this indentation
 * is not AIX's and goes; what AIX indents (lsfs -q's detail line, mount's local rows) keeps its own.
 */
function commonIndent(lines: readonly Line[]): number {
  let prefix: string | undefined;
  for (const { text } of lines) {
    const blanks = /^[ \t]*/.exec(text)?.[0] ?? '';
    if (prefix === undefined) prefix = blanks;
    let same = 0;
    while (same < prefix.length && same < blanks.length && prefix[same] === blanks[same]) same++;
    prefix = prefix.slice(0, same);
    if (prefix === '') return 0;
  }
  return prefix?.length ?? 0;
}

function refusedLine(line: Line): ParseIssue {
  return {
    line: line.n,
    text: `${line.text.slice(0, shownOfRefused)}…`,
    message: `expected at most ${maxLineLength} characters on a line, as AIX prints them; this line has ${line.text.length}, so it is not AIX output: paste the command's output as printed`,
  };
}

/** The lines of `readLines`, for callers that report nothing of the refused ones (tests, the lspv diff). */
export function toLines(text: string, firstLine = 1): Line[] {
  return readLines(text, firstLine).lines;
}

/** The refused lines from `from` (exclusive) up to `to` (exclusive): those of one output in a paste. */
export function refusedBetween(refused: readonly ParseIssue[], from: number, to: number): ParseIssue[] {
  return refused.filter((found) => found.line > from && found.line < to);
}

/** Issues in the order of their lines (a stable sort: one line's issues keep their order). */
export function byLine(issues: readonly ParseIssue[]): ParseIssue[] {
  return [...issues].sort((a, b) => a.line - b.line);
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
