import { describe, expect, it } from 'vitest';
import { matchingRow } from './find-row';

/** Disks hdisk2 to hdisk1025 with their PVIDs, as the table of a scalable VG lists them. */
const disks = Array.from({ length: 1024 }, (_, i) => [
  `hdisk${i + 2}`,
  `00c8d3e4${i.toString(16).padStart(8, '0')}`,
]);
const texts = (i: number) => disks[i];

describe('finding a row of a long table', () => {
  it('takes the row whose cell is the name typed before one that merely contains it', () => {
    // hdisk700 is contained in no earlier name, but hdisk70 is in hdisk700 to hdisk709: the exact one wins.
    expect(matchingRow(disks.length, texts, 'hdisk700')).toBe(698);
    expect(matchingRow(disks.length, texts, 'hdisk70')).toBe(68);
  });

  it('ignores case and spaces around the text, and finds a part of a cell when no cell is the text', () => {
    expect(matchingRow(disks.length, texts, 'HDISK102')).toBe(100);
    expect(matchingRow(disks.length, texts, '000003ff')).toBe(1023);
    expect(matchingRow(disks.length, texts, ' 00C8D3E4000002BA ')).toBe(698);
  });

  it('finds nothing for an empty box or a name no row holds', () => {
    expect(matchingRow(disks.length, texts, '   ')).toBeUndefined();
    expect(matchingRow(disks.length, texts, 'hdisk9999')).toBeUndefined();
  });
});

describe('finding the next line of a script that holds a text', () => {
  const lines = ['mkvg -y datavg hdisk2', 'echo', 'mkvg -y logvg hdisk3', 'echo'];
  const line = (i: number) => [lines[i]];

  it('goes on from the line found last, and round to the start', () => {
    expect(matchingRow(lines.length, line, 'mkvg')).toBe(0);
    expect(matchingRow(lines.length, line, 'mkvg', 0)).toBe(2);
    expect(matchingRow(lines.length, line, 'mkvg', 2)).toBe(0);
    expect(matchingRow(lines.length, line, 'echo', 3)).toBe(1);
  });
});
