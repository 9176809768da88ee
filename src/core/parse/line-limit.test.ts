import { describe, expect, it } from 'vitest';
import { importCollected } from './collected';
import { parseOutput, parsePaste } from './parse-output';
import { runbookFor } from './test-support/facts';
import * as aix from './test-support/reference-outputs';
import { formatIssue, maxLineLength, maxPasteLength } from './text';

const tooLong = (length: number) =>
  `expected at most 1024 characters on a line, as AIX prints them; this line has ${length}, so it is not AIX output: paste the command's output as printed`;

/** An lspv row with a run of blanks inside it: lspv's layout, but `length` characters long. */
const paddedRow = (length: number) => `hdisk9${' '.repeat(length - 42)}00c8b12cd9de9c9c    datavg    active`;

describe('a line longer than any AIX output', () => {
  it('is refused at once, named with its length and the limit (such a line once took 242 s to read)', () => {
    const line = `a${' '.repeat(10_000)}x`;
    const result = parseOutput(line);
    expect([result.kind, result.read, result.errors]).toEqual([
      null,
      [],
      [{ line: 1, text: `a${' '.repeat(39)}…`, message: tooLong(10_002) }],
    ]);
    expect(formatIssue(result.errors[0])).toBe(`line 1: ${tooLong(10_002)}, got "a${' '.repeat(39)}…"`);
  });

  it('is refused within an output, whose other lines are still read', () => {
    const rows = aix.lspv.trimEnd().split('\n');
    const text = ['# lspv', rows[0], paddedRow(maxLineLength + 1), ...rows.slice(1)].join('\n');
    const result = parseOutput(text);
    expect([result.kind, result.command, result.read.length]).toEqual(['lspv', 'lspv', rows.length]);
    expect(result.errors).toEqual([{ line: 3, text: `hdisk9${' '.repeat(34)}…`, message: tooLong(1025) }]);
    expect(result.patch(runbookFor('datavg')).sourceVg.disks.map((d) => d.name)).toEqual([
      'hdisk2',
      'hdisk3',
    ]);
  });

  it('is read up to the limit itself', () => {
    const result = parseOutput(`# lspv\n${paddedRow(maxLineLength)}`);
    expect([result.read, result.errors]).toEqual([['hdisk9: PVID 00c8b12cd9de9c9c, in datavg (active)'], []]);
  });

  it('is counted without the blanks AIX pads lines with', () => {
    const result = parseOutput(`# lsvg\ndatavg${' '.repeat(5000)}`);
    expect([result.read, result.errors]).toEqual([['VGs defined: datavg'], []]);
  });

  it("goes with the output it falls in, in a transcript; alone, it is that output's only error", () => {
    const long = 'x'.repeat(2000);
    const outputs = parsePaste(
      [long, '# lsvg', 'datavg', '# varyoffvg datavg', long, '# oslevel -s', long].join('\n'),
    );
    expect(outputs.map((o) => [o.kind, o.command, o.read, o.errors.map((e) => e.line)])).toEqual([
      ['lsvg', 'lsvg', ['VGs defined: datavg'], [1]],
      [null, 'varyoffvg datavg', [], [5]],
      ['oslevel', 'oslevel -s', [], [7]],
    ]);
  });

  it("is reported in its collector section, or with the collector's own errors outside one", () => {
    const long = 'y'.repeat(1500);
    const text = [
      '==== vgcopy-collect 1 datavg',
      '==== begin: lsvg',
      'rootvg',
      long,
      'datavg',
      '==== end: lsvg (exit 0)',
      long,
      '==== end of vgcopy-collect',
    ].join('\n');
    const imported = importCollected(text);
    expect(imported.sections.map((s) => [s.command, s.read, s.errors.map((e) => e.line)])).toEqual([
      ['lsvg', ['VGs defined: rootvg, datavg'], [4]],
    ]);
    expect(imported.errors).toEqual([{ line: 7, text: `${'y'.repeat(40)}…`, message: tooLong(1500) }]);
    expect(parseOutput(text).errors.map((e) => e.line)).toEqual([4, 7]);
  });
});

describe('a paste larger than any AIX output', () => {
  const huge = `# lspv\n${'hdisk0 none None\n'.repeat(maxPasteLength / 16)}`;
  const tooLarge = (length: number) => [
    {
      line: 1,
      text: '',
      message: `expected at most 8388608 characters of AIX output in one paste, got ${length}: paste one command's output, or the collector's output for one VG`,
    },
  ];

  it('is refused whole: a listing cut short would read as a shorter one', () => {
    const result = parseOutput(huge);
    expect([result.kind, result.read, result.errors]).toEqual([null, [], tooLarge(huge.length)]);
    expect(parsePaste(huge).map((o) => o.errors)).toEqual([tooLarge(huge.length)]);
    const collected = `==== vgcopy-collect 1 datavg\n${huge}`;
    expect(importCollected(collected).errors).toEqual(tooLarge(collected.length));
  });
});
