/**
 * One command's output, read by the parser its command line, section marker or shape names. The base
 * of `parseOutput`, `parsePaste` and the collector import.
 */
import type { Facts } from '../model/facts';
import { type Detected, detectLines } from './detect';
import { parserFor, parsers } from './registry';
import { byLine, fields, isAixMessage, issue, type Line, type ParseIssue } from './text';
import type { AnyOutputParser, Applied, OutputKind } from './types';

/** What the wizard shows and applies for one command's output. */
export interface ParsedOutput {
  /** The command recognised, or null when none was. */
  kind: OutputKind | null;
  /** The command line as typed (from the prompt line) or as vgcopy knows it ('lsvg -l VG'). */
  command: string;
  /** The prompt recognised before the command ('aix:root />', '[root@host logs]#'), where one was. */
  prompt?: string;
  /** What was read, one line per item, in words. */
  read: string[];
  /** Lines that could not be read. Rows read before and after an error are still applied. */
  errors: ParseIssue[];
  /** Merges what was read into the facts, with notes on what was not taken and why. */
  apply(facts: Facts): Applied;
  /** `apply(facts).facts`. */
  patch(facts: Facts): Facts;
}

const nothing = (facts: Facts): Applied => ({ facts, notes: [] });

export function failed(kind: OutputKind | null, command: string, errors: ParseIssue[]): ParsedOutput {
  return { kind, command, read: [], errors, apply: nothing, patch: (facts) => facts };
}

const known = () => parsers.map((p) => p.command).join(', ');

/**
 * Parses numbered lines as one command's output. `detected` is what the command line or the
 * collector's section said; without it, the shape decides. `command` labels the result; `anchor` is
 * the line an empty output's error points at (the command line or section marker). `refused` are
 * this output's lines that were too long to read (`readLines`): reported with the others' errors.
 */
export function parseLines(
  lines: Line[],
  detected: Detected | null,
  command?: string,
  anchor: Line = { n: 1, text: '' },
  refused: readonly ParseIssue[] = [],
): ParsedOutput {
  if (lines.length === 0 && refused.length > 0)
    return failed(detected?.kind ?? null, command ?? '', [...refused]);
  const parsed = parseReadLines(lines, detected, command, anchor);
  return refused.length === 0 ? parsed : { ...parsed, errors: byLine([...refused, ...parsed.errors]) };
}

function parseReadLines(
  lines: Line[],
  detected: Detected | null,
  command: string | undefined,
  anchor: Line,
): ParsedOutput {
  if (lines.length === 0) {
    // Nothing after the command line (or section marker): the error points at that line.
    return failed(detected?.kind ?? null, command ?? '', [
      issue(anchor, 'expected command output; there is none'),
    ]);
  }
  if (isAixMessage(lines[0].text)) {
    const message = 'expected command output; AIX printed an error message instead (the command failed)';
    return failed(detected?.kind ?? null, command ?? '', [issue(lines[0], message)]);
  }
  const found = detected ?? detectLines(lines);
  if (!found) {
    return failed(null, command ?? '', [
      issue(
        lines[0],
        `expected the output of one of: ${known()}; paste it with its command line if vgcopy cannot tell`,
      ),
    ]);
  }
  const parser = parserFor(found.kind);
  const run = runRejoined(parser, lines, found.arg);
  const apply = (facts: Facts) => run.apply(facts);
  return {
    kind: found.kind,
    command: command ?? parser.command,
    read: run.read,
    errors: run.errors,
    apply,
    patch: (facts) => apply(facts).facts,
  };
}

/** What a row that may be cut short is refused with. */
export const cutRowMessage =
  'expected this row whole: the next line completes no row, so this one may be cut short (a terminal wraps long lines); paste the row on one line';

type Run = ReturnType<AnyOutputParser['run']>;

/** The width a paste was cut at (its longest line), and whether its lines show cuts there. */
interface Cut {
  width: number;
  cuts: boolean;
}

/**
 * How many characters the parsers may read again while rejoining one paste's cut rows: a bound on the work
 * (counted in characters, not lines, so a paste of long lines cannot make it quadratic in its size). Once
 * spent, the lines still unread are refused as they are, never read as half a row.
 */
const rejoinBudget = 20_000_000;
/** The most lines one row is cut into: lsfs -q's detail line (about 210 characters) at 64 columns. */
const maxPieces = 4;

/**
 * Reads the lines, rejoining rows a terminal or a ticket cut at its width (64, 72, 80 columns): a
 * line the layout cannot read, joined to the line before it (or to the ones after it), when the join
 * is what a cut leaves (`joinOf`) and makes a line the layout reads, with no line newly unread. A row
 * followed by a piece that completes nothing may itself be cut short (an lspv row cut before `active`
 * reads as varied off, a mount point cut reads as another path): it is refused with the piece, never
 * read as half a row.
 */
function runRejoined(parser: AnyOutputParser, lines: Line[], arg?: string): Run {
  let current = lines;
  let run = parser.run(current, arg);
  const halves: ParseIssue[] = [];
  // The paste as cut: its width and whether it shows cuts, before any row is rejoined (a rejoined row is wider).
  const width = widthOf(lines);
  const cut: Cut = { width, cuts: showsCuts(lines, width, new Set(run.errors.map((e) => e.line))) };
  let budget = rejoinBudget;
  const rerun = (next: Line[]) => {
    budget -= next.reduce((chars, line) => chars + line.text.length + 1, 0);
    return parser.run(next, arg);
  };
  for (let i = 0; i < current.length && budget > 0; i++) {
    const unread = new Set(run.errors.map((e) => e.line));
    if (!unread.has(current[i].n)) continue;
    const joined =
      (i > 0 ? rejoin(current, i - 1, unread, cut, rerun) : null) ?? rejoin(current, i, unread, cut, rerun);
    if (joined) {
      current = joined.lines;
      run = joined.run;
      i = Math.max(i - 2, -1);
      continue;
    }
    const before = current[i - 1];
    if (before === undefined || unread.has(before.n) || !mayBeCut(before, current[i], width)) continue;
    const without = [...current.slice(0, i - 1), ...current.slice(i)];
    const alone = rerun(without);
    if (isRowOf(alone, run)) {
      halves.push(issue(before, cutRowMessage));
      current = without;
      run = alone;
      i--;
    }
  }
  return halves.length === 0 ? run : { ...run, errors: byLine([...halves, ...run.errors]) };
}

/**
 * The lines with `current[head]` joined to the unread lines after it, when that reads the joined
 * row and changes nothing else; null when no join does.
 */
function rejoin(
  current: readonly Line[],
  head: number,
  unread: ReadonlySet<number>,
  cut: Cut,
  rerun: (lines: Line[]) => Run,
): { lines: Line[]; run: Run } | null {
  for (let count = 1; count <= maxPieces - 1; count++) {
    const pieces = current.slice(head + 1, head + 1 + count);
    if (pieces.length < count || !unread.has(pieces[count - 1].n)) return null;
    const text = pieces.reduce<string | null>(
      (joined, piece) => (joined === null ? null : joinOf(joined, piece.text, cut)),
      current[head].text,
    );
    if (text === null) continue;
    const lines = [
      ...current.slice(0, head),
      { n: current[head].n, text },
      ...current.slice(head + 1 + count),
    ];
    const next = rerun(lines);
    const gone = new Set([current[head].n, ...pieces.map((piece) => piece.n)]);
    if (!next.errors.some((e) => gone.has(e.line) || !unread.has(e.line))) return { lines, run: next };
  }
  return null;
}

/** How many blanks a cut may have dropped at the end of a line (a ticket trims them): more is no cut. */
const droppedBlanks = 24;

/** The width the paste was cut at, if it was: its longest line (every cut line fills it). */
function widthOf(lines: readonly Line[]): number {
  return lines.reduce((width, line) => Math.max(width, line.text.length), 0);
}

/**
 * Whether the lines show a cut at `width`: two lines fill it and two lines are unread (the pieces).
 * One row followed by one stray word is no such evidence: glued, the word would change the row.
 */
function showsCuts(lines: readonly Line[], width: number, unread: ReadonlySet<number>): boolean {
  return lines.filter((line) => line.text.length === width).length >= 2 && unread.size >= 2;
}

/**
 * The line `head` and the next piece make when `head` was cut at the paste's width, or null. The
 * piece's own leading blanks say a blank was cut. Where the paste shows cuts, a head that fills the
 * width was cut between two characters of a word (a blank there would start the piece): glued; a
 * head a little short of it lost its trailing blanks: joined by one. A head well short of the width
 * was not cut.
 */
function joinOf(head: string, piece: string, { width, cuts }: Cut): string | null {
  const joined = head + piece;
  if (joined.length <= width || head.length + droppedBlanks < width) return null;
  if (/^\s/.test(piece)) return joined;
  if (!cuts) return null;
  return head.length === width ? joined : `${head} ${piece}`;
}

/**
 * Whether `before` is a row that `piece` may be the cut end of: near the width, and the piece has
 * fewer columns than it (`hdisk2 … datavg acitve` after an lspv row is a row of its own, mistyped).
 */
function mayBeCut(before: Line, piece: Line, width: number): boolean {
  return (
    before.text.length + droppedBlanks >= width && fields(piece.text).length < fields(before.text).length
  );
}

/** Whether `all` read what `without` read and more, with no line unread for lack of it (a row, not a header). */
function isRowOf(without: Run, all: Run): boolean {
  const errors = new Set(all.errors.map((e) => `${e.line} ${e.message}`));
  if (without.errors.some((e) => !errors.has(`${e.line} ${e.message}`))) return false;
  const read = [...all.read];
  for (const item of without.read) {
    const at = read.indexOf(item);
    if (at < 0) return false;
    read.splice(at, 1);
  }
  return read.length > 0;
}
