/**
 * The paste box's entry points: one command's output (`parseOutput`), or a terminal transcript with
 * several prompt lines (`parsePaste`). Never throws: what cannot be read comes back as errors that
 * name the line; what could be read still applies.
 */
import type { Facts } from '../model/facts';
import { commandOfLine, type Detected, detectLines, isPromptLine, kindOfCommand } from './detect';
import { parserFor, parsers } from './registry';
import { isAixMessage, issue, type Line, type ParseIssue, toLines } from './text';
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

function failed(kind: OutputKind | null, command: string, errors: ParseIssue[]): ParsedOutput {
  return { kind, command, read: [], errors, apply: nothing, patch: (facts) => facts };
}

const known = () => parsers.map((p) => p.command).join(', ');

/**
 * Parses numbered lines as one command's output. `detected` is what the command line or the
 * collector's section said; without it, the shape decides. `command` labels the result; `anchor` is
 * the line an empty output's error points at (the command line or section marker).
 */
export function parseLines(
  lines: Line[],
  detected: Detected | null,
  command?: string,
  anchor: Line = { n: 1, text: '' },
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

/**
 * One command's output, as pasted. A first line with the prompt and command (`# lsvg -l datavg`)
 * decides the command; `hint` (the kind the wizard page expects) is used when the text alone cannot
 * tell, e.g. `lsvg -o` versus `lsvg`, or `hostname`.
 */
export function parseOutput(text: string, hint?: OutputKind): ParsedOutput {
  const lines = toLines(text);
  const command = lines.length > 0 ? commandOfLine(lines[0].text) : null;
  if (command) return parseLines(lines.slice(1), kindOfCommand(command), command, lines[0]);
  const byShape = detectLines(lines);
  // A bare list of words is lsvg's shape, and any single word's: the page's hint wins over it.
  const ambiguous = byShape?.kind === 'lsvg' && hint !== undefined;
  return parseLines(lines, hint && (!byShape || ambiguous) ? { kind: hint } : byShape);
}

/**
 * A terminal transcript: each prompt line (`# lspv`, `root@aix01:/> lsvg -l datavg`) starts one
 * command's output. Text without prompt lines is one output, as `parseOutput` reads it.
 */
export function parsePaste(text: string, hint?: OutputKind): ParsedOutput[] {
  const lines = toLines(text);
  const starts = lines.flatMap((line, i) => (commandOfLine(line.text) || isPromptLine(line.text) ? [i] : []));
  if (starts.length === 0) return [parseOutput(text, hint)];
  const before = starts[0] > 0 ? [parseLines(lines.slice(0, starts[0]), null)] : [];
  return [
    ...before,
    ...starts.flatMap((start, i) => {
      const body = lines.slice(start + 1, starts[i + 1] ?? lines.length);
      const command = commandOfLine(lines[start].text);
      if (command) return [parseLines(body, kindOfCommand(command), command, lines[start])];
      // A command vgcopy does not read (varyoffvg, cfgmgr): silent ones are skipped.
      if (body.length === 0) return [];
      const typed = lines[start].text.replace(/^[^\s#$>%]*[#$>%]\s*/, '');
      return [
        failed(null, typed, [
          issue(body[0], `expected no output: vgcopy does not read what '${typed}' prints`),
        ]),
      ];
    }),
  ];
}
