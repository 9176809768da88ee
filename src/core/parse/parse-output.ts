/**
 * The paste box's entry points: one command's output (`parseOutput`), a terminal transcript with
 * several prompt lines (`parsePaste`), or the collector's whole output (either). Never throws: what cannot be read comes back as errors that
 * name the line; what could be read still applies.
 */
import { collectedOutput, collectorHeaderExpected } from './collected';
import { commandOfLine, detectLines, isPromptLine, kindOfCommand } from './detect';
import { failed, type ParsedOutput, parseLines } from './parse-lines';
import { byLine, issue, readLines, refusedBetween } from './text';
import type { OutputKind } from './types';

export { type ParsedOutput, parseLines } from './parse-lines';

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
  const command = lines.length > 0 ? commandOfLine(lines[0].text) : null;
  if (command) return parseLines(lines.slice(1), kindOfCommand(command), command, lines[0], refused);
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

/**
 * A terminal transcript: each prompt line (`# lspv`, `root@aix01:/> lsvg -l datavg`) starts one
 * command's output. Text without prompt lines is one output, as `parseOutput` reads it. A line too
 * long to read is reported with the output it falls in.
 */
export function parsePaste(text: string, hint?: OutputKind): ParsedOutput[] {
  const collected = collectedOutput(text);
  if (collected) return [collected];
  const { lines, refused } = readLines(text);
  const starts = lines.flatMap((line, i) => (commandOfLine(line.text) || isPromptLine(line.text) ? [i] : []));
  if (starts.length === 0) return [parseOutput(text, hint)];
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
      const command = commandOfLine(lines[start].text);
      if (command) return [parseLines(body, kindOfCommand(command), command, lines[start], own)];
      // A command vgcopy does not read (varyoffvg, cfgmgr): silent ones are skipped.
      if (body.length === 0 && own.length === 0) return [];
      const typed = lines[start].text.replace(/^[^\s#$>%]*[#$>%]\s*/, '');
      const printed =
        body.length === 0
          ? []
          : [issue(body[0], `expected no output: vgcopy does not read what '${typed}' prints`)];
      return [failed(null, typed, byLine([...own, ...printed]))];
    }),
  ];
}
