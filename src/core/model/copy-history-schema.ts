/**
 * The copy's history as the runbook keeps it (in the browser and on the server, docs/run-record.md "The
 * copy's history"): one entry per run of the script that brought the copy up, read from its run record.
 * One zod schema, so an entry the server receives has the shape the browser made, every name its AIX
 * shape (a history is read back into a refresh runbook's facts, and from there into a script).
 */
import { z } from 'zod';
import {
  deviceNameProblem,
  diskNameProblem,
  hostnameProblem,
  lvPrefixProblem,
  mountPrefixProblem,
  storageVolumeProblem,
} from './aix-names';
import { factsSchema, shaped } from './facts';

const time = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/, 'a time such as 2026-11-25T22:00:03');

/** One disk of a copy: its hdisk on the host, the storage volume under it, and the source it copies. */
const copyDiskSchema = z.object({
  /** Empty where the runbook did not know the name cfgmgr gave the LUN. */
  hdisk: shaped(diskNameProblem, 'allowed'),
  storageVolume: shaped(storageVolumeProblem, 'allowed'),
  sourceDisk: shaped(diskNameProblem),
  sourceStorageVolume: shaped(storageVolumeProblem, 'allowed'),
});

/** One VG's copy as the run left it. */
const broughtUpSchema = z.object({
  sourceVg: shaped(deviceNameProblem),
  vgName: shaped(deviceNameProblem),
  /** recreatevg -Y and -L; empty for recreatevg's defaults or an importvg, which keeps the names. */
  lvPrefix: shaped(lvPrefixProblem, 'allowed'),
  mountPrefix: shaped(mountPrefixProblem, 'allowed'),
  disks: z.array(copyDiskSchema).max(1024),
});

const copyHistoryEntrySchema = z.object({
  /** When the run started and ended on the host (the log's times). */
  startedAt: time,
  endedAt: time,
  /** The script's checksum and the vgcopy version that wrote it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  version: z.string().max(200),
  host: shaped(hostnameProblem),
  /** What the run did: a first copy or a refresh. */
  mode: factsSchema.shape.mode,
  /** Every VG's copy, the first VG's first (a copy set holds several). */
  copies: z.array(broughtUpSchema).min(1).max(64),
  /** When the browser read the log. */
  readAt: z.iso.datetime({ message: 'readAt is an ISO date-time such as 2026-01-31T12:00:00.000Z' }),
});

/** Oldest first; the last entry is what is on the host now. */
export const copyHistorySchema = z.array(copyHistoryEntrySchema).max(1000);

export type CopyHistoryEntry = z.infer<typeof copyHistoryEntrySchema>;
export type CopyHistory = z.infer<typeof copyHistorySchema>;
