/**
 * One command's output, read by the parser its command line, section marker or shape names. The base
 * of `parseOutput`, `parsePaste` and the collector import.
 */
import type { Facts } from '../model/facts';
import { type Detected, detectLines } from './detect';
import { parserFor, parsers } from './registry';
import { byLine, isAixMessage, issue, type Line, type ParseIssue } from './text';
import type { Applied, OutputKind } from './types';

/** What the wizard shows and applies for one command's output. */
export interface ParsedOutput {
  /** The command recognised, or null when none was. */
  kind: OutputKind | null;
  /** The command line as typed (from the prompt line) or as vgcopy knows it ('lsvg -l VG'). */
  command: string;
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
  const run = parser.run(lines, found.arg);
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
