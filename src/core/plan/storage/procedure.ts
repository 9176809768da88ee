/**
 * The storage admin's part of a copy, as CLI command lines (without the CLI's own prefix), at the four
 * moments the host procedure needs them. Built by ./ds8000.ts and ./svc.ts.
 */
import type { Facts } from '../../model/facts';

export interface StorageProcedure {
  /** Name of the CLI, for the texts ("DS CLI", "SVC CLI"). */
  cliName: string;
  /** argv prefix to reach the CLI from the AIX host (e.g. `dscli -cfg PROFILE`). */
  cliPrefix: string[];
  /** Once, before the first copy: relationships and groups. */
  setup: string[];
  /** Why the setup's settings are chosen (e.g. the SVC background copy rate), said in its step. */
  setupNote?: string;
  /** Before a refresh: return the relationships to a state where a new copy can be taken. */
  beforeRefresh: string[];
  /**
   * Global Copy: the lspprc -l (delimited, no header) whose Out Of Sync Tracks must all be 0 before `copy`
   * suspends the pairs; a secondary suspended with tracks out of sync is fuzzy.
   */
  drainCheck?: string;
  /**
   * Metro Mirror: the lspprc (delimited, no header) whose State must read Full Duplex on every pair after
   * `beforeRefresh` and before `copy` freezes them; a pair frozen while still Copy Pending is fuzzy.
   */
  fullDuplexCheck?: string;
  /** The point-in-time copy itself (between freeze and thaw). */
  copy: string[];
  /** After the copy, before the host reads the targets (e.g. failover of mirror secondaries). */
  release: string[];
  /**
   * What puts `copy`'s change to production back should the run stop: the end of a consistency-group
   * freeze (unfreezeflash), or the mirror resumed (unfreezepprc, resumepprc). Empty where `copy` leaves
   * production as it was.
   */
  copyUndo: string[];
  /** What puts `release`'s change back: the failed-over mirror failed back from the primary. */
  releaseUndo: string[];
  /**
   * SVC remote copy: the consistency group the copy step stops with -access once lsrcconsistgrp shows it
   * consistent (waiting while it is still inconsistent_copying), and what the copy step says instead of
   * the DS8000 suspend's texts.
   */
  rcGroup?: string;
  copyTexts?: { title: string; expect: string; verify: string; why: string };
  /** After a DR test: what returns the mirror to normal, and what the storage admin sees when it worked. */
  returnMirror?: { commands: string[]; expect: string; verify: string; why: string; onFailure: string };
  /**
   * Global Mirror: after the failover, the journals' consistent image put back on the secondaries (Fast
   * Reverse Restore), with what makes the journals again should the run stop before the copy is in use.
   */
  restore?: { commands: string[]; undo: string[] };
}

/** Source and target volume ids of each pair, with a visible marker where an id is not known yet. */
export function volumePairs(facts: Facts): { source: string; target: string; disk: string }[] {
  const order = new Map(facts.sourceVg.disks.map((d, i) => [d.name, i] as const));
  return [...facts.targets.luns]
    .sort((a, b) => (order.get(a.sourceDisk) ?? 0) - (order.get(b.sourceDisk) ?? 0))
    .map((l) => ({
      source: l.sourceStorageVolume || `<source-volume-of-${l.sourceDisk}>`,
      target: l.storageVolume || `<target-volume-for-${l.sourceDisk}>`,
      disk: l.sourceDisk,
    }));
}
