/**
 * `lsvg -l VG` and `lsvg -p VG` print, for each VG named, a `VGname:` line, a column header and
 * one row per LV or disk (docs/aix-behaviour.md §2.3, §2.4). This splits such output into its blocks.
 */
import { issue, type Line, type ParseIssue } from './text';

interface VgBlock {
  vg: string;
  rows: Line[];
}

const vgLine = /^([A-Za-z0-9_.-]+):$/;

/** Splits into blocks; `header` is the column header that must follow each `VGname:` line. */
function readVgBlocks(
  lines: readonly Line[],
  header: RegExp,
  headerText: string,
): { blocks: VgBlock[]; errors: ParseIssue[] } {
  const blocks: VgBlock[] = [];
  const errors: ParseIssue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const name = vgLine.exec(line.text);
    if (name) {
      const next = lines[i + 1];
      if (!next || !header.test(next.text))
        errors.push(issue(next ?? line, `expected the header '${headerText}' after '${line.text}'`));
      // A header mistyped or cut short is still the header line: reported once, not again as a row.
      if (next && (header.test(next.text) || next.text.startsWith(headerText.split('  ')[0]))) i++;
      blocks.push({ vg: name[1], rows: [] });
    } else if (blocks.length === 0) {
      errors.push(issue(line, "expected the VG's name and a colon ('datavg:') on the first line"));
    } else {
      blocks[blocks.length - 1].rows.push(line);
    }
  }
  return { blocks, errors };
}

/** True when the text opens with `VGname:` and the given header. */
export function looksLikeVgBlock(lines: readonly Line[], header: RegExp): boolean {
  return lines.length >= 2 && vgLine.test(lines[0].text) && header.test(lines[1].text);
}

/** What a row reader says of a line it cannot read: what was expected there. */
export interface Expected {
  expected: string;
}

/**
 * Reads the blocks and each block's rows with `readRow`, which returns the row's item or what was
 * expected on that line; unreadable rows become errors at their line, the others are kept.
 */
export function readVgTable<T>(
  lines: readonly Line[],
  header: RegExp,
  headerText: string,
  readRow: (text: string) => T | Expected,
): { tables: { vg: string; items: T[] }[]; errors: ParseIssue[] } {
  const { blocks, errors } = readVgBlocks(lines, header, headerText);
  const problems: ParseIssue[] = [...errors];
  const tables = blocks.map(({ vg, rows }) => {
    const items: T[] = [];
    for (const line of rows) {
      const item = readRow(line.text);
      if (typeof item === 'object' && item !== null && 'expected' in item)
        problems.push(issue(line, item.expected));
      else items.push(item as T);
    }
    return { vg, items };
  });
  return { tables, errors: problems };
}
