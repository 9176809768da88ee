/** Text layout helpers for AIX listings (docs/aix-behaviour.md 22). */

/** `printf("%-Ns", value)`: pads to `width`; a longer value pushes the rest of the line right. */
function pad(value: string | number, width: number): string {
  return String(value).padEnd(width);
}

/** One line of fixed-width columns; the last value is not padded; trailing blanks are stripped. */
export function fixed(values: (string | number)[], widths: number[]): string {
  return values
    .map((v, i) => (i < widths.length ? pad(v, widths[i]) : String(v)))
    .join('')
    .trimEnd();
}

/** lsdev/lsattr layout: every column padded to its widest value plus one space (lscfprt.c). */
export function autoColumns(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] + 1)))
        .join('')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Label/value pairs of the lspv/lsvg/lslv status blocks: `printf("%-Ls%-Vs%-Rs%s")`. */
export function pairLine(
  left: [string, string],
  right: [string, string] | null,
  widths: [number, number, number],
): string {
  const [lw, vw, rw] = widths;
  if (!right) return `${pad(left[0], lw)}${left[1]}`.trimEnd();
  return `${pad(left[0], lw)}${pad(left[1], vw)}${pad(right[0], rw)}${right[1]}`.trimEnd();
}

/** Sizes of a disk's five regions (outer edge, outer middle, center, inner middle, inner edge). */
function regions(total: number): number[] {
  const base = Math.floor(total / 5);
  const extra = total % 5;
  return [0, 1, 2, 3, 4].map((i) => base + (i < extra ? 1 : 0));
}

/** Partitions [start, start + count) by region, joined AIX's way (`320..320..00..00..00`). */
export function rangeDistribution(
  total: number,
  start: number,
  count: number,
  separator = '..',
  digits = 2,
): string {
  let regionStart = 0;
  return regions(total)
    .map((size) => {
      const from = Math.max(start, regionStart);
      const to = Math.min(start + count, regionStart + size);
      regionStart += size;
      return String(Math.max(0, to - from)).padStart(digits, '0');
    })
    .join(separator);
}

/** Used partitions by region, filled from the outer edge. */
export function distribution(total: number, used: number): string {
  return rangeDistribution(total, 0, used);
}

/** Free partitions by region (the complement of `distribution`). */
export function freeDistribution(total: number, used: number): string {
  return rangeDistribution(total, used, total - used);
}
