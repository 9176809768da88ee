/**
 * What the host side needs from the storage subsystem (src/sim/storage, `StorageSubsystem<DiskImage>`):
 * which volumes are mapped to a host, their content, and whether host I/O is allowed right now.
 * The world depends on this interface only, so the host model stays independent of the storage's CLIs.
 */
import type { HostLun } from '../storage/types';
import type { DiskImage } from './disk-image';

export interface StoragePort {
  /** The volumes mapped to `host`, with the identifiers the host's disk driver reports. */
  volumesMappedTo(host: string): readonly HostLun[];
  /** Whether `volumeId` is mapped to `host` (without listing every volume of the host). */
  isMappedTo(volumeId: string, host: string): boolean;
  /** The content of a volume now. */
  read(volumeId: string): DiskImage;
  /** Replaces the content of a volume (callers check `isHostWritable` first). */
  write(volumeId: string, image: DiskImage): unknown;
  /** Reads allowed (a Metro Mirror secondary in full duplex is not, until failover). */
  isHostReadable(volumeId: string): boolean;
  /** Writes allowed (not a mirror secondary, not a target with -tgtinhibit). */
  isHostWritable(volumeId: string): boolean;
  /** Host writes are held (FlashCopy -freeze, freezepprc): writers wait, they do not fail. */
  isFrozen(volumeId: string): boolean;
}
