/**
 * Reading the VGs of a copy set (docs/procedure.md "Copy sets") from one paste or one collector output.
 */
import type { Facts } from '../model/facts';

/**
 * The further VGs of a copy set (docs/procedure.md "Copy sets") read as the source is: each VG the runbook
 * names takes what `read` finds of it when it stands as the source (its lsvg -l and lsvg -p blocks, its
 * disks in lspv, its stanzas), the rest of the runbook staying as the first VG's reading left it.
 */
export function withMembersRead(facts: Facts, read: (asSource: Facts) => Facts): Facts {
  if (facts.moreVgs.length === 0) return facts;
  const moreVgs = facts.moreVgs.map((m) => ({
    ...m,
    sourceVg: read({ ...facts, sourceVg: m.sourceVg, moreVgs: [] }).sourceVg,
  }));
  return { ...facts, moreVgs };
}
