/**
 * How the file-system commands name a file system: by its mount point (the stanza name) or by its
 * device (`/dev/fsdatalv`), as mount, umount and fsck all accept (docs/aix-behaviour.md 14.1, 15.1).
 */
import { attr, findStanza, type Stanza, stanzaOfDevice } from '../world/etc-filesystems';
import type { Host } from '../world/host';

/** The /etc/filesystems stanza a mount point or `/dev/lv` names. */
export function stanzaOfTarget(host: Host, target: string): Stanza | undefined {
  return target.startsWith('/dev/')
    ? stanzaOfDevice(host.filesystems, target)
    : findStanza(host.filesystems, target);
}

/** The stanza's device and mount point for messages, whichever of the two was typed. */
export function targetNames(host: Host, target: string): { device: string; mountPoint: string } {
  const stanza = stanzaOfTarget(host, target);
  return { device: (stanza && attr(stanza, 'dev')) || target, mountPoint: stanza?.name ?? target };
}
