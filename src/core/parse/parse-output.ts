/**
 * The paste box's entry points: one command's output (`parseOutput`), a terminal transcript with
 * several prompt lines (`parsePaste`), or the collector's whole output (either). Never throws: what cannot be read comes back as errors that
 * name the line; what could be read still applies.
 */
import { collectedOutput, collectorHeaderExpected } from './collected';
import { detectLines, isPromptLine, kindOfCommand, typedCommandOf } from './detect';
import { failed, type ParsedOutput, parseLines } from './parse-lines';
import { byLine, issue, type Line, readLines, refusedBetween } from './text';
import type { OutputKind } from './types';

export type { ParsedOutput } from './parse-lines';

/**
 * One command's output, as pasted. A first line with the prompt and command (`# lsvg -l datavg`)
 * decides the command; `hint` (the kind the wizard page expects) is used when the text alone cannot
 * tell, e.g. `lsvg -o` versus `lsvg`, or `hostname`.
 */
export function parseOutput(text: string, hint?: OutputKind): ParsedOutput {
  const collected = collectedOutput(text);
  if (collected) return collected;
  const { lines, refused } = readLines(text);
  if (lines.length === 0 && refused.length > 0) return failed(null, '', refused);
  if (hint === 'collector')
    return failed(
      'collector',
      'vgcopy-collect.sh',
      byLine([...refused, issue(lines[0] ?? { n: 1, text: '' }, collectorHeaderExpected)]),
    );
  const typed = lines.length > 0 ? typedCommandOf(lines[0].text) : null;
  if (typed) {
    const { prompt, command } = typed;
    return withPrompt(parseLines(lines.slice(1), kindOfCommand(command), command, lines[0], refused), prompt);
  }
  const byShape = detectLines(lines);
  // A bare list of words is lsvg's shape, and any single word's: the page's hint wins over it.
  const ambiguous = byShape?.kind === 'lsvg' && hint !== undefined;
  return parseLines(
    lines,
    hint && (!byShape || ambiguous) ? { kind: hint } : byShape,
    undefined,
    undefined,
    refused,
  );
}

/** The output with the prompt its command line was typed at, when one was copied. */
function withPrompt(output: ParsedOutput, prompt: string): ParsedOutput {
  return prompt === '' ? output : { ...output, prompt };
}

/** A prompt line of a transcript: its prompt, what was typed, and the command's kind when vgcopy reads it. */
interface PromptLine {
  prompt: string;
  typed: string;
  known: boolean;
}

/**
 * Whether a line is a prompt line: one with a command vgcopy reads after any prompt, or one starting
 * with a prompt seen on such a line in this paste (`aixprod01:/ # varyoffvg datavg`, or the next
 * prompt alone at the end), or a short prompt (`# cfgmgr`, a lone `#`).
 */
function promptLineOf(text: string, prompts: ReadonlySet<string>): PromptLine | null {
  const typed = typedCommandOf(text);
  if (typed) return { prompt: typed.prompt, typed: typed.command, known: true };
  const line = text.trim();
  for (const prompt of prompts)
    if (line.startsWith(prompt)) return { prompt, typed: line.slice(prompt.length).trim(), known: false };
  if (!isPromptLine(line)) return null;
  const prompt = /^[^\s#$>%]*[#$>%]/.exec(line)?.[0] ?? '';
  return { prompt, typed: line.slice(prompt.length).trim(), known: false };
}

/**
 * A terminal transcript: each prompt line (`# lspv`, `root@aix01:/> lsvg -l datavg`, any prompt
 * ending in `#`, `$`, `>`, `%` or `]`) starts one command's output, and says which prompt it saw.
 * Text without prompt lines is one output, or several pasted one after the other, split where each
 * layout's own first lines start (`splitByShape`). A line too long to read is reported with the
 * output it falls in.
 */
export function parsePaste(text: string, hint?: OutputKind): ParsedOutput[] {
  const collected = collectedOutput(text);
  if (collected) return [collected];
  const { lines, refused } = readLines(text);
  const prompts = new Set(
    lines.flatMap((line) => {
      const prompt = typedCommandOf(line.text)?.prompt;
      return prompt ? [prompt] : [];
    }),
  );
  const promptLines = lines.map((line) => promptLineOf(line.text, prompts));
  const starts = lines.flatMap((_, i) => (promptLines[i] ? [i] : []));
  if (starts.length === 0) return splitByShape(text, hint);
  const firstPrompt = lines[starts[0]].n;
  const before =
    starts[0] > 0
      ? [
          parseLines(
            lines.slice(0, starts[0]),
            null,
            undefined,
            undefined,
            refusedBetween(refused, 0, firstPrompt),
          ),
        ]
      : [];
  return [
    ...before,
    ...starts.flatMap((start, i) => {
      const body = lines.slice(start + 1, starts[i + 1] ?? lines.length);
      // The first output also takes refused lines above its prompt line when no output is there.
      const from = i === 0 && before.length === 0 ? 0 : lines[start].n;
      const own = refusedBetween(refused, from, lines[starts[i + 1]]?.n ?? Number.POSITIVE_INFINITY);
      const { prompt, typed, known } = promptLines[start] as PromptLine;
      if (known)
        return [withPrompt(parseLines(body, kindOfCommand(typed), typed, lines[start], own), prompt)];
      // A command vgcopy does not read (varyoffvg, cfgmgr), or the next prompt: silent ones are skipped.
      if (body.length === 0 && own.length === 0) return [];
      const printed =
        body.length === 0
          ? []
          : [issue(body[0], `expected no output: vgcopy does not read what '${typed}' prints`)];
      return [withPrompt(failed(null, typed, byLine([...own, ...printed])), prompt)];
    }),
  ];
}

/**
 * Outputs pasted one after the other without their command lines. Read whole when that reads every
 * line; else split where a layout starts (a header, a `VGname:` line, the first of its rows) and each
 * part read by its own parser, when that leaves fewer lines unread. Lines before any layout starts
 * are named: vgcopy cannot tell which command printed them.
 */
function splitByShape(text: string, hint?: OutputKind): ParsedOutput[] {
  const whole = parseOutput(text, hint);
  if (whole.errors.length === 0 || hint !== undefined) return [whole];
  const { lines, refused } = readLines(text);
  const parts = shapeParts(lines);
  if (parts.length < 2) return [whole];
  const outputs = parts.map((part, i) => {
    const from = i === 0 ? 0 : part.lines[0].n - 1;
    const own = refusedBetween(refused, from, parts[i + 1]?.lines[0].n ?? Number.POSITIVE_INFINITY);
    if (part.kind) return parseLines(part.lines, { kind: part.kind }, undefined, undefined, own);
    const unplaced = part.lines.map((line) =>
      issue(line, 'expected the output of a command vgcopy reads: paste it with its command line'),
    );
    return failed(null, '', byLine([...own, ...unplaced]));
  });
  const unread = (all: readonly ParsedOutput[]) => all.reduce((sum, o) => sum + o.errors.length, 0);
  return unread(outputs) < whole.errors.length ? outputs : [whole];
}

/** A run of lines and the layout it starts with (null: no layout starts on its first line). */
interface ShapePart {
  kind: OutputKind | null;
  lines: Line[];
}

/**
 * Splits lines where a layout starts: a line whose parser recognises it with the next line (a header,
 * `VGname:` and its header, two rows of lspv or lsattr), or a single-line output (oslevel). A list of
 * bare words (lsvg) starts only the first part: after another output, the end of a row a terminal cut
 * (`lv00`) looks the same. Lines of the same layout stay together; others follow the part they are in.
 */
function shapeParts(lines: readonly Line[]): ShapePart[] {
  const parts: ShapePart[] = [];
  lines.forEach((line, i) => {
    const alone = detectLines([line])?.kind;
    const shaped = detectLines(lines.slice(i, i + 2))?.kind ?? (alone === 'lsvg' ? undefined : alone);
    const last = parts[parts.length - 1];
    // A list of bare words starts only the paste: after another output it may be a cut row's end.
    const kind = shaped === undefined || (shaped === 'lsvg' && last) ? null : shaped;
    if (last && (kind === null || kind === last.kind)) last.lines.push(line);
    else parts.push({ kind, lines: [line] });
  });
  return parts;
}
