/**
 * The "LABEL:  value   LABEL:  value" status blocks of `lspv hdiskN` and `lsvg VG` (AIX-REFERENCE
 * §1.3, §2.2). Values hold blanks ("64 megabyte(s)") and labels hold lower case ("MAX PPs per VG"),
 * so the block is split at the labels AIX prints, not at blanks.
 */
import { issue, type Line, type ParseIssue } from './text';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a status block. `labels` are the labels the command prints; `colonless` those printed
 * without a colon (lspv's `VG IDENTIFIER`). A line starting with an unknown "WORDS:" label is a
 * newer AIX level's addition and is skipped; any other line is an error.
 */
export function readLabelBlock(
  lines: readonly Line[],
  labels: readonly string[],
  command: string,
  colonless: readonly string[] = [],
): { values: Map<string, { value: string; line: Line }>; errors: ParseIssue[] } {
  const sorted = [...labels, ...colonless].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?:^|\\s)(${sorted.map((label) => (colonless.includes(label) ? `${escapeRegExp(label)}(?=\\s)` : `${escapeRegExp(label)}:`)).join('|')})`,
    'g',
  );
  const values = new Map<string, { value: string; line: Line }>();
  const errors: ParseIssue[] = [];
  for (const line of lines) {
    const found = [...line.text.matchAll(pattern)];
    if (found.length === 0 || found[0].index !== 0) {
      if (!/^[A-Z][A-Za-z0-9 ()/?-]*:(\s|$)/.test(line.text))
        errors.push(issue(line, `expected 'LABEL:  value' lines of ${command}`));
      continue;
    }
    found.forEach((match, i) => {
      const label = match[1].replace(/:$/, '');
      const start = (match.index ?? 0) + match[0].length;
      const end = i + 1 < found.length ? found[i + 1].index : line.text.length;
      values.set(label, { value: line.text.slice(start, end).trim(), line });
    });
  }
  return { values, errors };
}

/** "1599 (102336 megabytes)" -> 102336; "64 megabyte(s)" -> 64. */
export function megabytes(value: string | undefined): number | undefined {
  const match = /(\d+) megabyte/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}
