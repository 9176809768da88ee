/**
 * Hostile pastes (src/core/parse/README.md "Hostile pastes"): AIX outputs with lines of blanks, tabs,
 * repeated separators, control characters and any Unicode put in, some longer than any AIX line. Nothing
 * throws, every error names its line, and a refused line gives nothing: the facts are those of the paste
 * without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCollected } from './collected';
import { type ParsedOutput, parseOutput, parsePaste } from './parse-output';
import { runbookFor } from './test-support/facts';
import { typedOutputs } from './test-support/typed-outputs';
import { maxLineLength, type ParseIssue } from './text';
import { outputKinds } from './types';

/** Outputs as AIX prints them, each with its command line. */
const outputs = typedOutputs;
const rows = outputs.flatMap(([, output]) => output.trimEnd().split('\n'));

/** What hostile text is made of: blanks, separators, control characters, Unicode, words AIX prints. */
const piece = fc.constantFrom(
  ...[' ', '  ', '\t', ':', '..', '-', ',', '=', '%', '#', '> ', '(', ')', '*'],
  ...['\0', '\u0001', '\u0007', '\u001b[0m', '\u007f', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud800'],
  ...['é', '漢字', '😀', 'a', '0', '2107', 'True', 'hdisk1', '/dev/x', ' megabyte', 'datavg:', '==== '],
);
// size 'max': lengths spread up to maxLength (fast-check's default keeps strings short, under the limit).
const run = (maxLength: number) => fc.string({ unit: piece, maxLength, size: 'max' });
const blanks = (maxLength: number) => fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength, size: 'max' });

/** A hostile line: garbage, or an AIX row with a run of blanks or garbage inside (read if short enough). */
const hostileLine = fc.oneof(
  run(1200),
  fc
    .tuple(fc.constantFrom(...rows), fc.oneof(blanks(2 * maxLineLength), run(600)), fc.nat())
    .map(([row, inserted, at]) => {
      const cut = at % (row.length + 1);
      return `${row.slice(0, cut)}${inserted}${row.slice(cut)}`;
    }),
);

/** An output, with or without its command line, and hostile lines put in at random places. */
const hostileOutput = fc
  .tuple(
    fc.constantFrom(...outputs),
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(), hostileLine), { minLength: 1, maxLength: 4 }),
  )
  .map(([[command, output], withCommand, inserted]) => {
    const lines = [...(withCommand ? [`# ${command}`] : []), ...output.trimEnd().split('\n')];
    for (const [at, line] of inserted) lines.splice(at % (lines.length + 1), 0, line);
    return lines.join('\n');
  });

/** A transcript of several outputs, or the collector's output of them. */
const hostilePaste = fc.array(hostileOutput, { minLength: 1, maxLength: 3 }).map((texts) => texts.join('\n'));
const asCollected = (texts: string[]) =>
  [
    '==== vgcopy-collect 1 datavg',
    ...texts.flatMap((text, i) => [`==== begin: section${i}`, text, `==== end: section${i} (exit 0)`]),
    '==== end of vgcopy-collect',
  ].join('\n');

const isRefused = (text: string) => text.trimEnd().length > maxLineLength;
const hasRefused = (text: string) => text.split(/\r\n|\r|\n/).some(isRefused);

/** Asserts `property` on `runs` pastes, and that a fair share of them held a refused line. */
function assertOnHostile<T>(
  pastes: fc.Arbitrary<T>,
  textOf: (paste: T) => string,
  property: (paste: T) => void,
  runs: number,
) {
  let refusing = 0;
  fc.assert(
    fc.property(pastes, (paste) => {
      if (hasRefused(textOf(paste))) refusing++;
      property(paste);
    }),
    { numRuns: runs },
  );
  expect(refusing).toBeGreaterThan(runs / 4);
}
/** The text with its refused lines blanked: the lines keep their numbers, and nothing is read of them. */
const withoutRefused = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => (isRefused(line) ? '' : line))
    .join('\n');

/** Every error names a line of the text: its text, or for a refused line its start and its length. */
function expectNamedLines(text: string, errors: readonly ParseIssue[]) {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trimEnd());
  for (const error of errors) {
    const line = lines[error.line - 1];
    if (isRefused(line)) {
      expect(error).toEqual({
        line: error.line,
        text: `${line.slice(0, 40)}…`,
        message: `expected at most 1024 characters on a line, as AIX prints them; this line has ${line.length}, so it is not AIX output: paste the command's output as printed`,
      });
    } else expect(error.text).toBe(line);
  }
  const refused = lines.flatMap((line, i) => (isRefused(line) ? [i + 1] : []));
  expect(errors.filter((e) => refused.includes(e.line)).map((e) => e.line)).toEqual(refused);
}

describe('hostile pastes', () => {
  it('one output: never throws, names each refused line, and takes nothing from it', () => {
    const withHint = fc.tuple(hostileOutput, fc.constantFrom(undefined, ...outputKinds));
    assertOnHostile(
      withHint,
      ([text]) => text,
      ([text, hint]) => {
        const result = parseOutput(text, hint);
        const clean = parseOutput(withoutRefused(text), hint);
        expectNamedLines(text, result.errors);
        expect(result.read).toEqual(clean.read);
        expect(result.patch(runbookFor('datavg'))).toEqual(clean.patch(runbookFor('datavg')));
      },
      300,
    );
  });

  it('a transcript of several outputs: the same, output by output', () => {
    assertOnHostile(
      hostilePaste,
      (text) => text,
      (text) => {
        const outputs = parsePaste(text);
        const clean = parsePaste(withoutRefused(text));
        const lines = text.split(/\r\n|\r|\n/);
        expectNamedLines(
          text,
          outputs.flatMap((o) => o.errors),
        );
        // A command vgcopy does not read is skipped when silent, but kept to report refused lines in its
        // place (`# cfgmgr` then a 3000-character line): such an output is there only for that report.
        const onlyReportsRefused = (o: ParsedOutput) =>
          o.kind === null && o.read.length === 0 && o.errors.every((e) => isRefused(lines[e.line - 1]));
        expect(outputs.filter((o) => !onlyReportsRefused(o)).map((o) => o.read)).toEqual(
          clean.map((o) => o.read),
        );
        const facts = (all: typeof outputs) => all.reduce((f, o) => o.patch(f), runbookFor('datavg'));
        expect(facts(outputs)).toEqual(facts(clean));
      },
      200,
    );
  });

  it("the collector's output: the same, section by section", () => {
    assertOnHostile(
      fc.array(hostileOutput, { minLength: 1, maxLength: 3 }).map(asCollected),
      (text) => text,
      (text) => {
        const imported = importCollected(text);
        const clean = importCollected(withoutRefused(text));
        expectNamedLines(text, [...imported.errors, ...imported.sections.flatMap((s) => s.errors)]);
        expect(imported.sections.map((s) => s.read)).toEqual(clean.sections.map((s) => s.read));
        expect(imported.facts).toEqual(clean.facts);
      },
      200,
    );
  });
});
