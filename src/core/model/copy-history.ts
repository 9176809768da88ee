/**
 * The copy's history (docs/run-record.md "The copy's history"): a runbook remembers the copies its runs
 * brought up (when, by which script, onto which target LUNs), so the next refresh, or the copy's
 * retirement, starts from what is really on the host rather than from what the runbook says today.
 */
import { hostnameProblem } from './aix-names';
import type { CopyHistory, CopyHistoryEntry } from './copy-history-schema';
import { copySet } from './copy-set';
import type { Facts, SetMember } from './facts';

/** What of a run record makes a history entry (core/run-record's RunRecord has these fields). */
export interface RunOutcome {
  sha256: string;
  version: string;
  host: string;
  startedAt: string;
  endedAt: string | null;
  exitCode: number | null;
}

/** Each VG's copy as the runbook's facts bring it up: its name, prefixes and target LUNs. */
function copiesOf(facts: Facts): CopyHistoryEntry['copies'] {
  return copySet(facts).map(({ facts: vg }) => ({
    sourceVg: vg.sourceVg.name,
    vgName: vg.newVg.name,
    lvPrefix: vg.newVg.lvPrefix,
    mountPrefix: vg.newVg.mountPrefix,
    disks: vg.targets.luns.map((l) => ({
      hdisk: l.name,
      storageVolume: l.storageVolume,
      sourceDisk: l.sourceDisk,
      sourceStorageVolume: l.sourceStorageVolume,
    })),
  }));
}

/**
 * The entry for a run of the runbook's script, read back at `readAt`; none for a run that did not bring
 * the copy up (it failed, was stopped, or its log ends before its end). The record is of this very
 * script (its checksum matched), so the runbook's facts are the ones the run followed, their names
 * already of their AIX shape; the host is as the log names it, and a log naming none gives no entry. A
 * dry run (-n) gives no record at all. Built without the schema: the store that keeps it loads with the
 * first page, before zod is set up there (src/app/zod-without-eval.ts); the server checks it.
 */
export function historyEntry(run: RunOutcome, facts: Facts, readAt: string): CopyHistoryEntry | undefined {
  if (run.exitCode !== 0 || run.endedAt === null || hostnameProblem(run.host)) return undefined;
  return {
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    sha256: run.sha256,
    version: run.version,
    host: run.host,
    mode: facts.mode,
    copies: copiesOf(facts),
    readAt,
  };
}

/** The history with the entry added, once: the same run read back twice is one entry. */
export function withEntry(history: CopyHistory, entry: CopyHistoryEntry): CopyHistory {
  const known = history.some((e) => e.sha256 === entry.sha256 && e.startedAt === entry.startedAt);
  return known ? history : [...history, entry];
}

/** The old copy a member's copy in the history is, up and mounted as the run left it. */
function existingCopy(copy: CopyHistoryEntry['copies'][number]): NonNullable<SetMember['existingCopy']> {
  return {
    vgName: copy.vgName,
    disks: copy.disks.map((d) => d.hdisk).filter(Boolean),
    variedOn: true,
    mounted: true,
  };
}

/**
 * A runbook that starts from the last copy the history records, in `mode` (a refresh; the retirement of
 * the copy): every VG of the set gets the copy the run left as its existing copy, and the target LUNs
 * are those the history says hold it (a refresh copies onto the same LUNs, docs/procedure.md
 * "Refreshing an existing copy"). Undefined without an entry, or where the set's VGs are no longer those
 * the last run copied (its copies cannot be matched to the runbook's VGs), or where the last run retired
 * the copy (there is none left).
 */
export function fromHistory(
  facts: Facts,
  history: CopyHistory,
  mode: Exclude<Facts['mode'], 'first'>,
): Facts | undefined {
  const last = history.at(-1);
  // A retire's run removed the copy from the host and the storage: nothing is left to refresh or retire.
  if (!last || last.mode === 'retire') return undefined;
  const members = copySet(facts).map((m) => m.facts.sourceVg.name);
  const copies = members.map((vg) => last.copies.find((c) => c.sourceVg === vg));
  if (copies.some((c) => c === undefined) || copies.length !== last.copies.length) return undefined;
  const [first, ...more] = copies as CopyHistoryEntry['copies'];
  const onHost = new Map(copies.flatMap((c) => c!.disks.map((d) => [d.sourceDisk, d] as const)));
  const next = structuredClone(facts);
  return {
    ...next,
    mode,
    // A retire names the copy it removes in newVg too (facts.ts `mode`); whether the script may unmount
    // it, and its VG IDENTIFIER, are asked on the Start page (lsvg of the copy), never taken from the history.
    ...(mode === 'retire' ? { newVg: { ...next.newVg, name: first!.vgName } } : {}),
    existingCopy: existingCopy(first!),
    moreVgs: next.moreVgs.map((m, i) => ({ ...m, existingCopy: existingCopy(more[i]!) })),
    targets: {
      ...next.targets,
      luns: next.targets.luns.map((l) => {
        const d = onHost.get(l.sourceDisk);
        return d ? { ...l, name: d.hdisk, storageVolume: d.storageVolume } : l;
      }),
      // The LUNs stay configured from the copy the history records: no cfgmgr of fresh LUNs.
      configuredBeforeCopy: true,
    },
  };
}
