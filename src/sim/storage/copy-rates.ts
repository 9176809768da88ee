/**
 * How long copies take in simulated seconds. What a copy target shows never depends on these (a point-in-time
 * copy shows the source as it was at the start), only the progress columns and when states change.
 */

const MIB_PER_GB = 1024;

/** DS8000 FlashCopy background copy throughput per relationship, MiB/s (a round figure for a modern box). */
const DS8000_FLASH_MIB_PER_S = 200;

/** PPRC first pass (initial copy or resync) throughput per pair, MiB/s over the replication links. */
const PPRC_MIB_PER_S = 100;

/** Seconds a DS8000 FlashCopy background copy of a volume takes. */
export function flashCopySeconds(sizeGb: number): number {
  return Math.ceil((sizeGb * MIB_PER_GB) / DS8000_FLASH_MIB_PER_S);
}

/** Seconds the first pass of a PPRC pair takes. */
export function pprcFirstPassSeconds(sizeGb: number): number {
  return Math.ceil((sizeGb * MIB_PER_GB) / PPRC_MIB_PER_S);
}

/**
 * SVC background copy rate in KiB/s for a copyrate attribute: each band of 10 doubles the rate, from
 * 128 KiB/s for 1-10 up to 2 GiB/s for 141-150 (Spectrum Virtualize "background copy rate" table).
 */
function svcCopyKibPerSecond(copyrate: number): number {
  if (copyrate <= 0) return 0;
  return 128 * 2 ** (Math.ceil(copyrate / 10) - 1);
}

/**
 * SVC mapping progress (0-100, rounded down) after `elapsed` seconds of background copy that began at
 * `from` percent (an incremental restart begins past the grains unchanged since the last copy).
 */
export function svcProgress(sizeGb: number, copyrate: number, elapsed: number, from = 0): number {
  const totalKib = sizeGb * MIB_PER_GB * 1024;
  return Math.min(100, from + Math.floor((100 * svcCopyKibPerSecond(copyrate) * elapsed) / totalKib));
}

/**
 * Share of an incremental mapping's grains a restart copies again: those the source's hosts wrote since the
 * last start. The simulator does not track grains, so it takes a day's changes on a busy VG (a tenth).
 */
export const SVC_INCREMENTAL_CHANGED_PERCENT = 10;

/**
 * Seconds an SVC prepare takes: it destages the write cache holding the sources' dirty data before the
 * group may start (prestartfcconsistgrp: "flushes the cache of any data that is destined for the source
 * volume"). The simulator takes 2 MiB of dirty cache per GiB of source, destaged at 40 MiB/s: 20 s for
 * 400 GiB, time a freeze would lose were the prepare done inside it. At least one second.
 */
export function svcFlushSeconds(sourceGb: number): number {
  const DIRTY_MIB_PER_GB = 2;
  const DESTAGE_MIB_PER_S = 40;
  return Math.max(1, Math.ceil((sourceGb * DIRTY_MIB_PER_GB) / DESTAGE_MIB_PER_S));
}

/** DS8000 tracks per GiB: fixed-block tracks are 64 KiB (lsflash -l OutOfSyncTracks counts them). */
export const TRACKS_PER_GB = 16384;

/** DS8000 FlashCopy tracks still to copy in the background after `elapsed` seconds. */
export function flashOutOfSyncTracks(sizeGb: number, elapsed: number): number {
  const total = sizeGb * TRACKS_PER_GB;
  const copied = Math.floor((elapsed * DS8000_FLASH_MIB_PER_S * 1024) / 64);
  return Math.max(0, total - copied);
}

/** Tracks a second the replication links carry to a Global Copy secondary (PPRC_MIB_PER_S in 64 KiB tracks). */
export const PPRC_TRACKS_PER_S = (PPRC_MIB_PER_S * 1024) / 64;

/**
 * Tracks one simulated host write marks out of sync on a PPRC primary. A simulated write stands for all an
 * application wrote to the volume in its tick (data, metadata, log), so it is many tracks: a running
 * database outpaces the links and Global Copy never catches up until its writes stop.
 */
export const PPRC_TRACKS_PER_WRITE = 4096;

/** PPRC tracks still to send in a first pass (initial copy or resync) that ends at `doneAt`. */
export function pprcFirstPassTracks(sizeGb: number, now: number, doneAt: number): number {
  return Math.min(sizeGb * TRACKS_PER_GB, Math.max(0, Math.ceil((doneAt - now) * PPRC_TRACKS_PER_S)));
}

/**
 * Seconds the background synchronisation of an SVC remote copy relationship takes: a first start copies the
 * whole master (the partnership's background copy bandwidth, a round 50 MiB/s per relationship here); a
 * resync after a stop copies only the grains changed since, taken as SVC_INCREMENTAL_CHANGED_PERCENT.
 */
export function svcRcSyncSeconds(sizeGb: number, full: boolean): number {
  const RC_MIB_PER_S = 50;
  const seconds = Math.ceil((sizeGb * MIB_PER_GB) / RC_MIB_PER_S);
  return full ? seconds : Math.max(1, Math.ceil((seconds * SVC_INCREMENTAL_CHANGED_PERCENT) / 100));
}
