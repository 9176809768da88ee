/**
 * Messages of the file-system commands (mount, umount, lsfs, chfs, fsck, logredo), AIX-REFERENCE.md
 * 0.3 and 13-16, with `%1`... placeholders like ../messages.ts. Texts that reference marks UNCONFIRMED are
 * flagged so a correction is a one-line change.
 */
export const fsCatalogue = {
  '0506-324': 'mount: 0506-324 Cannot mount %1 on %2: %3',
  '0506-342': '0506-342 The superblock on %1 is dirty.  Run a full fsck to fix.',
  '0506-334': 'mount: 0506-334 %1 is not a known file system.',
  '0506-322': 'mount: 0506-322 Cannot determine log device to use for %1 (%2).',
  '0506-347': 'umount: 0506-347 Cannot find anything to unmount.',
  '0506-349': 'umount: 0506-349 Cannot unmount %1: %2',
  '0506-915': '%1: 0506-915 No record matching %2 was found in /etc/filesystems.',
  '0506-035': 'fsck: 0506-035 %1 is not a known file system.',
  'mount.replaying': 'Replaying log for %1.',
  /** UNCONFIRMED: AIX's wording for freeze/thaw failures is not known (13.2); errno text of EINVAL. */
  'chfs.freeze-failed': 'chfs: Cannot %1 %2: A system call received a parameter that is not valid.',
  /** UNCONFIRMED: a freeze value that is neither a number of seconds nor off. */
  'chfs.bad-freeze': 'chfs: The value %1 of attribute %2 is not valid; give a number of seconds or off.',
  /** UNCONFIRMED: fsck of a file system whose VG is varied off (the LV device does not exist). */
  'fsck.cannot-open': 'fsck: Cannot open %1: A file or directory in the path name does not exist.',
  /** UNCONFIRMED: the end of an `fsck -n` run that found damage it did not repair (15.3). */
  'fsck.not-repaired': 'File system is not clean; it was not repaired.',
  'lsfs.no-lv': '%1: A file or directory in the path name does not exist.',
  'lsfs.varied-off': 'The volume group of %1  may be varied off.',
} as const;

/** AIX errno texts printed after mount/umount messages (AIX-REFERENCE.md 0.3). */
export const ERRNO = {
  EBUSY: 'The requested resource is busy.',
  ENOENT: 'A file or directory in the path name does not exist.',
  EFORMAT: 'The media is not formatted or the format is not correct.',
} as const;

export type FsMessageId = keyof typeof fsCatalogue;

/** The message with its placeholders filled, without a trailing newline. */
export function fsMsg(id: FsMessageId, ...args: string[]): string {
  return fsCatalogue[id].replace(/%(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}
