/**
 * The paste box's entry points: one command's output (`parseOutput`), a terminal transcript with
 * several prompt lines (`parsePaste`), or the collector's whole output (either). Never throws: what cannot be read comes back as errors that
 * name the line; what could be read still applies.
 */
import { collectedOutput, collectorHeaderExpected } from './collected';
import { commandOfLine, detectLines, isPromptLine, kindOfCommand } from './detect';
import { failed, type ParsedOutput, parseLines } from './parse-lines';
import { issue, toLines } from './text';
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
  const lines = toLines(text);
  if (hint === 'collector')
    return failed('collector', 'vgcopy-collect.sh', [
      issue(lines[0] ?? { n: 1, text: '' }, collectorHeaderExpected),
    ]);
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
  const collected = collectedOutput(text);
  if (collected) return [collected];
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
