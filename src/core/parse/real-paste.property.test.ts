/**
 * Pastes as admins make them (src/core/parse/README.md "Pastes as admins make them"): every reference output cut by a terminal or a ticket at 64,
 * 72 or 80 columns, indented as documentation indents it, with CRLF ends, typed at each prompt style
 * admins use, and several outputs pasted one after the other with and without their command lines.
 * Each paste reads the facts of the clean paste, or refuses lines it names; it never reads a fact the
 * clean paste does not give. Every case is enumerated, and the count printed.
 */
import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { type ParsedOutput, parsePaste } from './parse-output';
import { applyOutputs } from './paste-read';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { typedOutputs } from './test-support/typed-outputs';

const outputs: [command: string, output: string][] = [
  ...typedOutputs,
  ['lsfs', aix.lsfs],
  ['lsvg', 'altinst_rootvg\nrootvg\noraswvg\ndatavg\n'],
];

/** The prompt styles admins' shells show (PS1 with user, host and directory), and root's default. */
const prompts = [
  '# ',
  'aix:root /> ',
  '[root@host logs]# ',
  '<host>, root, /etc # ',
  '[host:root:/:] ',
  'user on host:/home/user $ ',
  'aixprod01:/ # ',
];

/** A terminal's hard wrap: each line longer than `width` cut into lines of `width` characters. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const pieces: string[] = [];
      for (let at = 0; at < line.length; at += width) pieces.push(line.slice(at, at + width));
      return pieces.length === 0 ? [''] : pieces;
    })
    .join('\n');
}

interface Damage {
  width?: number;
  indent: string;
  crlf: boolean;
}

function damage(text: string, { width, indent, crlf }: Damage): string {
  const wrapped = width === undefined ? text : wrap(text, width);
  const indented = wrapped
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
  return crlf ? indented.replace(/\n/g, '\r\n') : indented;
}

const damages: Damage[] = [undefined, 64, 72, 80].flatMap((width) =>
  ['', '    ', '\t'].flatMap((indent) => [false, true].map((crlf) => ({ width, indent, crlf }))),
);

const typed = (picked: readonly [string, string][], prompt: string | null) =>
  picked.map(([command, output]) => `${prompt === null ? '' : `${prompt}${command}\n`}${output}`).join('');

const readOf = (all: readonly ParsedOutput[]) => all.flatMap((o) => o.read).sort();
const errorsOf = (all: readonly ParsedOutput[]) => all.flatMap((o) => o.errors);
const factsOf = (all: readonly ParsedOutput[]): Facts => applyOutputs(all, runbookFor('datavg')).facts;

/** How each case ended: read whole as the clean paste, or some lines refused (named). */
const tally = { cases: 0, same: 0, refused: 0 };

/**
 * The paste reads what the clean one reads, with the same facts; or it refuses lines, each error
 * naming a line of the paste (or a row it rejoined, which starts with that line), and what it still
 * reads is read by the clean paste too.
 */
function expectSameOrRefused(pasted: string, clean: readonly ParsedOutput[]) {
  const result = parsePaste(pasted);
  tally.cases++;
  const errors = errorsOf(result);
  if (errors.length === 0) {
    expect(readOf(result)).toEqual(readOf(clean));
    expect(factsOf(result)).toEqual(factsOf(clean));
    tally.same++;
    return;
  }
  tally.refused++;
  const lines = pasted.split(/\r\n|\n/);
  for (const error of errors) {
    const line = lines[error.line - 1]?.trim() ?? '';
    expect(line !== '' && error.text.trim().startsWith(line)).toBe(true);
  }
  const cleanRead = readOf(clean);
  expect(readOf(result).filter((item) => !cleanRead.includes(item))).toEqual([]);
}

describe('pastes as admins make them', () => {
  it('each output, at each prompt style, cut, indented and with CRLF ends', () => {
    for (const output of outputs) {
      const clean = parsePaste(typed([output], '# '));
      expect(errorsOf(clean)).toEqual([]);
      for (const prompt of prompts) {
        // The prompt alone changes nothing: the same facts, and the prompt is named.
        const atPrompt = parsePaste(typed([output], prompt));
        expect(atPrompt.map((o) => [o.prompt, o.errors])).toEqual([[prompt.trim(), []]]);
        for (const how of damages) expectSameOrRefused(damage(typed([output], prompt), how), clean);
      }
    }
  });

  it('indentation and CRLF ends alone change nothing', () => {
    for (const output of outputs)
      for (const how of damages.filter((d) => d.width === undefined)) {
        const pasted = damage(typed([output], '# '), how);
        expect(readOf(parsePaste(pasted))).toEqual(readOf(parsePaste(typed([output], '# '))));
        expect(errorsOf(parsePaste(pasted))).toEqual([]);
      }
  });

  it('several outputs one after the other, with and without their command lines', () => {
    for (const first of outputs)
      for (const second of outputs) {
        if (first === second) continue;
        for (const prompt of [...prompts, null]) {
          // Each output read alone, with root's prompt or, like the paste, without one (lsattr then
          // does not name its disk).
          const clean = [first, second].flatMap((o) => parsePaste(typed([o], prompt === null ? null : '# ')));
          for (const how of damages.filter((d) => !d.crlf && d.indent !== '\t'))
            expectSameOrRefused(damage(typed([first, second], prompt), how), clean);
        }
      }
  });

  it('counts its cases', () => {
    process.stdout.write(
      `real pastes: ${tally.cases} cases, ${tally.same} read as the clean paste, ${tally.refused} with lines refused and named, none with another fact\n`,
    );
    const single = outputs.length * prompts.length * damages.length;
    const pairs = outputs.length * (outputs.length - 1) * (prompts.length + 1) * 8;
    expect(tally.cases).toBe(single + pairs);
  });
});
