/**
 * What lsfs and fsck read from a file system's LV: its size in 512-byte blocks, found through the
 * varied-on VGs (lsfs -q "reads the LV, so the VG must be varied on", docs/aix-behaviour.md 4.1).
 */
import { activeLv } from '../world/filesystem';
import type { Host } from '../world/host';

/** Size of `/dev/lv` in 512-byte blocks, or null when its VG is not varied on or the LV is unknown. */
export function lvSize512(host: Host, device: string): number | null {
  const found = activeLv(host, device.replace(/^\/dev\//, ''));
  if (!found) return null;
  const ppSizeMb = host.active[found.vg].vgda.ppSizeMb;
  return found.lv.lps * ppSizeMb * 2048;
}
