/**
 * Report layouts of the two storage CLIs: DS CLI tables (header, a rule of `=`, aligned rows) and SVC concise
 * and detailed views (aligned or `-delim` separated).
 */

/** Pads every column but the last to its widest cell plus one space; trailing blanks are dropped. */
function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]! + 1)))
      .join('')
      .trimEnd(),
  );
}

export interface DsTableOptions {
  /** -hdr off: no header and no rule. */
  header: boolean;
  /** -fmt delim -delim C: cells joined by C, no rule. */
  delimiter?: string;
}

/** A DS CLI list report: header row, a row of `=` as wide as the widest line, then the data rows. */
export function dsTable(header: string[], rows: string[][], options: DsTableOptions): string {
  if (options.delimiter !== undefined) {
    const lines = (options.header ? [header, ...rows] : rows).map((row) => row.join(options.delimiter));
    return `${lines.join('\n')}\n`;
  }
  const lines = aligned([header, ...rows]);
  const rule = '='.repeat(Math.max(...lines.map((line) => line.length)));
  const body = lines.slice(1);
  return `${(options.header ? [lines[0]!, rule, ...body] : body).join('\n')}\n`;
}

export interface SvcViewOptions {
  /** -delim C; without it, columns are aligned with blanks. */
  delimiter?: string;
  /** -nohdr. */
  header: boolean;
}

/** An SVC concise view: one row per object. */
export function svcConcise(header: string[], rows: string[][], options: SvcViewOptions): string {
  const all = options.header ? [header, ...rows] : rows;
  if (all.length === 0) return '';
  const lines =
    options.delimiter === undefined ? aligned(all) : all.map((row) => row.join(options.delimiter));
  return `${lines.join('\n')}\n`;
}

/** An SVC detailed view: one `attribute value` pair per line (or `attribute<delim>value`). */
export function svcDetailed(pairs: [string, string][], options: SvcViewOptions): string {
  const separator = options.delimiter ?? ' ';
  return pairs.map(([key, value]) => `${key}${separator}${value}\n`).join('');
}
