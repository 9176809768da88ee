/**
 * Finds the new disks cfgmgr configured by comparing `lspv` before and after it (docs/procedure.md phase 1:
 * "note the new disks (compare lspv before and after)"). A new disk should show PVID `none`; one that
 * shows a source disk's PVID is a copy seen next to its source: the duplicate-PVID trap.
 */
import { commandOfLine, formatIssue } from '../../../core/parse';
import { type LspvRow, lspvParser } from '../../../core/parse/lspv';
import { byLine, readLines } from '../../../core/parse/text';

export type LspvRead = { ok: true; rows: LspvRow[] } | { ok: false; error: string };

/**
 * Reads lspv output with the engine's lspv parser (a `# lspv` prompt line is allowed); the first line it
 * cannot read is reported with its number and text.
 */
export function readLspv(text: string): LspvRead {
  const { lines, refused } = readLines(text);
  const body = lines.length > 0 && commandOfLine(lines[0].text) === 'lspv' ? lines.slice(1) : lines;
  const parsed = lspvParser.parse(body);
  // A line too long for lspv output is refused before the parser sees it; it is still the first issue.
  const errors = byLine([...refused, ...parsed.errors]);
  const data = parsed.data;
  if (errors.length > 0) {
    return {
      ok: false,
      error: `Could not read ${formatIssue(errors[0])}. Paste the output of lspv exactly as printed.`,
    };
  }
  return { ok: true, rows: data };
}

export interface NewDisk extends LspvRow {
  /** The source disk whose PVID this new disk carries, when it carries one. */
  duplicateOf?: string;
}

/** Disks in `after` that were not in `before`, in lspv order, each marked if it carries a source PVID. */
export function newDisks(
  before: LspvRow[],
  after: LspvRow[],
  sourceDisks: { name: string; pvid: string | null }[],
): NewDisk[] {
  const known = new Set(before.map((r) => r.name));
  const byPvid = new Map(sourceDisks.filter((d) => d.pvid).map((d) => [d.pvid, d.name] as const));
  return after
    .filter((r) => !known.has(r.name))
    .map((r) => {
      const source = r.pvid ? byPvid.get(r.pvid) : undefined;
      return source ? { ...r, duplicateOf: source } : r;
    });
}
