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
export function svcCopyKibPerSecond(copyrate: number): number {
  if (copyrate <= 0) return 0;
  return 128 * 2 ** (Math.ceil(copyrate / 10) - 1);
}

/** SVC mapping progress (0-100, rounded down) after `elapsed` seconds of background copy. */
export function svcProgress(sizeGb: number, copyrate: number, elapsed: number): number {
  const totalKib = sizeGb * MIB_PER_GB * 1024;
  return Math.min(100, Math.floor((100 * svcCopyKibPerSecond(copyrate) * elapsed) / totalKib));
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
