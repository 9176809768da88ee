/**
 * What the commands that read a disk's sectors themselves (lquerypv, readvgda) open: the disk device by
 * name (`hdiskN`, `/dev/hdiskN` or `/dev/rhdiskN`), and what they read on it. Not through the ODM: they see
 * what is written on the disk (a copy's PVID even while the ODM shows none).
 */
import { type CommandResult, fail } from '../command-result';
import { ERRNO, lines, msg } from '../messages';
import type { DiskImage } from '../world/disk-image';
import type { SimContext } from './command';

/** The disk's image, or the open's failure as the command prints it (the errno text of AIX). */
export function openRawDisk(command: string, ctx: SimContext, name: string): DiskImage | CommandResult {
  const host = ctx.world.host();
  const device = host.devices[name.replace(/^\/dev\/r?/, '')];
  const path = name.startsWith('/dev/') ? name : `/dev/${name}`;
  // A Defined disk has no configured driver instance behind its special file: ENXIO. A LUN the storage
  // does not let the host read (a mirror secondary) fails the read: EIO.
  if (!device) return fail(lines(msg('raw.cannot-open', command, path, ERRNO.ENOENT)));
  if (device.status !== 'Available') return fail(lines(msg('raw.cannot-open', command, path, ERRNO.ENXIO)));
  if (!ctx.world.isReadable(device.volumeId))
    return fail(lines(msg('raw.cannot-open', command, path, ERRNO.EIO)));
  return ctx.world.readVolume(device.volumeId);
}
