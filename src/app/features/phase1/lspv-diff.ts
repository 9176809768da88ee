/**
 * Finds the new disks cfgmgr configured by comparing `lspv` before and after it (DOMAIN.md phase 1:
 * "note the new disks (compare lspv before and after)"). A new disk should show PVID `none`; one that
 * shows a source disk's PVID is a copy seen next to its source: the duplicate-PVID trap.
 */

/** One row of `lspv` (AIX-REFERENCE.md 1.2): name, PVID or none, VG or None, state or blank. */
export interface LspvRow {
  name: string;
  pvid: string | null;
  vg: string | null;
}

export type LspvRead = { ok: true; rows: LspvRow[] } | { ok: false; error: string };

const lspvLine = /^(\S+)\s+([0-9a-f]{16}|none)\s+(\S+)(?:\s+(active|concurrent))?\s*$/;

/** Reads lspv output; the first line that is not an lspv row is reported with its number and text. */
export function readLspv(text: string): LspvRead {
  const rows: LspvRow[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/^#\s*lspv\s*$/, '').trimEnd();
    if (!line.trim()) continue;
    const m = lspvLine.exec(line.trim());
    if (!m) {
      return {
        ok: false,
        error: `Line ${i + 1} is not an lspv line: “${raw.trim()}”. Paste the output of lspv exactly as printed (disk, PVID, VG, state).`,
      };
    }
    rows.push({ name: m[1], pvid: m[2] === 'none' ? null : m[2], vg: m[3] === 'None' ? null : m[3] });
  }
  return { ok: true, rows };
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
