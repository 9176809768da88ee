/**
 * The AIX message catalogue the simulated commands print from, as data: one template per message, with
 * `%1`, `%2`, ... placeholders, exactly as docs/aix-behaviour.md quotes them (continuation lines start with a
 * TAB). Texts marked UNCONFIRMED there are kept here too, so correcting one is a one-line change.
 */
const catalogue = {
  // LVM (0516-xxx), docs/aix-behaviour.md 0.3, 1-3, 10-12
  '0516-010': '0516-010 %1: Volume group must be varied on; use varyonvg command.',
  '0516-012':
    '0516-012 %1: Logical volume must be closed.  If the logical\n\tvolume contains a filesystem, the umount command will close\n\tthe LV device.',
  '0516-013':
    '0516-013 %1: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.',
  '0516-024':
    '0516-024 %1: Unable to open physical volume.\n\tEither PV was not configured or could not be opened. Run\n\tdiagnostics.',
  '0516-052':
    '0516-052 %1: Volume group cannot be varied on without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.',
  '0516-056':
    '0516-056 %1: The volume group is not varied on because a\n\tphysical volume is marked missing. Run diagnostics.',
  '0516-306': '0516-306 %1: Unable to find %2 %3 in the Device\n\tConfiguration Database.',
  '0516-320': '0516-320 %1: Physical volume %2 is not assigned to\n\ta volume group.',
  '0516-358': '0516-358 %1: Illegal name; the prefix of the name is reserved.\n\tChoose a different name.',
  '0516-360': '0516-360 %1: The device name is already used; choose a\n\tdifferent name.',
  '0516-530': '0516-530 %1: Logical volume name %2 changed to %3.',
  '0516-562': '0516-562 %1: Unable to access physical volume %2',
  '0516-572': '0516-572 %1: Volume Group already exists under name %2.',
  '0516-604': '0516-604 %1: Physical volume name not entered.',
  '0516-762': '0516-762 %1: The root volume group cannot be exported.',
  '0516-764': '0516-764 %1: The volume group must be varied off\n\tbefore exporting.',
  '0516-772': '0516-772 %1: Unable to export volume group %2',
  '0516-776': '0516-776 %1: Cannot import %2 as %3.',
  '0516-780': '0516-780 %1: Unable to import volume group from %2.',
  '0516-942': '0516-942 %1: Unable to vary off volume group %2.',
  '0516-952': '0516-952 %1: Unable to vary on volume group %2.',
  '0516-1396': '0516-1396 %1: The physical volume %2, was not found in the\nsystem database.',
  /** UNCONFIRMED text (docs/aix-behaviour.md 11.4 suggests this synthetic rendering). */
  '0516-1774': '0516-1774 %1: Physical volume list does not match the\n\tvolume group descriptor area.',
  /** UNCONFIRMED text: recreatevg's warning when a file system's log LV is not on the listed disks (11.2). */
  '0516-1778':
    '0516-1778 %1: Warning, the log device %2 of file system %3\n\tis not on the physical volumes being recreated.',
  'lvm.varied-on': '%1: Volume group %2 is varied on.',
  'lvm.invalid-vg-name': '%1: Volume group name %2 contains invalid characters.',
  'lvm.truncated': '0516-335 %1: Warning, name has been truncated to 15 characters.',
  'imfs.exists': 'imfs: Warning: logical volume %1 already exists in /etc/filesystems.',
  // Device configuration (0514-xxx), docs/aix-behaviour.md 0.3, 7-9
  '0514-062':
    '\t0514-062 Cannot perform the requested function because the\n\t         specified device is busy.',
  '0514-018': '\t0514-018 The values specified for the following attributes\n\t         are not valid:',
  /** Text as cfgmgr -v traces commonly show it; that mkdev of a disk whose LUN is unmapped prints it PLAUSIBLE (9.4). */
  '0514-040': '\t0514-040 Error initializing a device into the kernel.',
  '0514-519':
    '%1: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\t%2',
  '0514-600': 'cfgmgr: 0514-600 Usage error : %1',
  /** PLAUSIBLE text: lsps naming a paging space that does not exist (docs/aix-behaviour.md 9.7). */
  'lsps.not-found': '0517-076 lsps: Cannot find paging space %1.',
  'method.error': 'Method error (%1):',
  /** UNCONFIRMED: lquerypv / readvgda cannot open a disk (9.5, 9.6): AIX's "Cannot ...: errno text" style. */
  'raw.cannot-open': '%1: Cannot open %2: %3',
  // File systems (0506-xxx): mount, umount, lsfs, chfs, fsck, logredo; docs/aix-behaviour.md 0.3, 13-16
  '0506-324': 'mount: 0506-324 Cannot mount %1 on %2: %3',
  '0506-342': '0506-342 The superblock on %1 is dirty.  Run a full fsck to fix.',
  '0506-334': 'mount: 0506-334 %1 is not a known file system.',
  '0506-322': 'mount: 0506-322 Cannot determine log device to use for %1 (%2).',
  '0506-347': 'umount: 0506-347 Cannot find anything to unmount.',
  /**
   * PLAUSIBLE text: mountguard's refusal (AIX 7.1+) is not quoted in docs/aix-behaviour.md (14.4 gives only its
   * situation); number and wording as IBM's mount message catalogue is commonly cited.
   */
  '0506-365':
    'mount: 0506-365 Cannot mount guarded filesystem.\n\tThe file system may be mounted on another node (%1 on %2).',
  '0506-349': 'umount: 0506-349 Cannot unmount %1: %2',
  '0506-915': '%1: 0506-915 No record matching %2 was found in /etc/filesystems.',
  '0506-035': 'fsck: 0506-035 %1 is not a known file system.',
  'mount.replaying': 'Replaying log for %1.',
  /** logredo's failure line (docs/aix-behaviour.md 16.3), which mount prints before 0506-324 in real transcripts. */
  'mount.replay-failed': 'Failure replaying log: %1',
  /** UNCONFIRMED: AIX's wording for freeze/thaw failures is not known (13.2); errno text of EINVAL. */
  'chfs.freeze-failed': 'chfs: Cannot %1 %2: A system call received a parameter that is not valid.',
  /** UNCONFIRMED: a freeze value that is neither a number of seconds nor off. */
  'chfs.bad-freeze': 'chfs: The value %1 of attribute %2 is not valid; give a number of seconds or off.',
  /** UNCONFIRMED: fsck of a file system whose VG is varied off (the LV device does not exist). */
  'fsck.cannot-open': 'fsck: Cannot open %1: A file or directory in the path name does not exist.',
  /** UNCONFIRMED: the end of an `fsck -n` run that found damage it did not repair (15.3). */
  'fsck.not-repaired': 'File system is not clean; it was not repaired.',
  /**
   * UNCONFIRMED: logredo on the log of a mounted file system (16.5): the log device is held open by the
   * kernel, so opening it fails with EBUSY; the wording follows AIX's "Cannot ...: errno text" messages.
   */
  'logredo.cannot-open': 'logredo: Cannot open %1: %2',
  'lsfs.no-lv': '%1: A file or directory in the path name does not exist.',
  'lsfs.varied-off': 'The volume group of %1  may be varied off.',
  // getopt (AIX libc)
  'getopt.unknown': '%1: Not a recognized flag: %2',
  'getopt.needs-arg': '%1: Flag requires a parameter: %2',
} as const;

/**
 * The error-log templates of the entries the simulator writes (docs/aix-behaviour.md 13.4), as errpt shows
 * them; `detail` heads the entry's value under Detail Data in `errpt -a`.
 * - J2_FREEZE_TIMEOUT: UNCONFIRMED identifier and description; JFS2 entries name the resource SYSJ2, as
 *   J2_FS_FULL does.
 * - LVM_SA_PVMISS (a PV of the VG missing when LVM brought the VG up): label, identifier F7DDA124, type
 *   UNKN, class H, resource LVDD and description as errpt lists it on AIX 5-7 (LIKELY, from transcripts);
 *   the detail heading and its value (the PVID) are PLAUSIBLE (AIX dumps sense data there).
 */
export const ERRLOG_TEMPLATES: Record<
  string,
  {
    identifier: string;
    type: 'PERM' | 'TEMP' | 'INFO' | 'UNKN';
    errClass: 'H' | 'S' | 'O';
    resource: string;
    description: string;
    detail: string;
  }
> = {
  J2_FREEZE_TIMEOUT: {
    identifier: 'C2F1E3A8',
    type: 'INFO',
    errClass: 'O',
    resource: 'SYSJ2',
    description: 'FILE SYSTEM FREEZE TIMEOUT EXPIRED',
    detail: 'DEVICE',
  },
  LVM_SA_PVMISS: {
    identifier: 'F7DDA124',
    type: 'UNKN',
    errClass: 'H',
    resource: 'LVDD',
    description: 'PHYSICAL VOLUME DECLARED MISSING',
    detail: 'PHYSICAL VOLUME ID',
  },
};

/** AIX errno texts printed after mount/umount messages (docs/aix-behaviour.md 0.3). */
export const ERRNO = {
  EBUSY: 'The requested resource is busy.',
  ENOENT: 'A file or directory in the path name does not exist.',
  EFORMAT: 'The media is not formatted or the format is not correct.',
  ENXIO: 'No such device or address.',
  EIO: 'There is an input or output error.',
} as const;

export type MessageId = keyof typeof catalogue;

/** The message text with its placeholders filled, without a trailing newline. */
export function msg(id: MessageId, ...args: string[]): string {
  return catalogue[id].replace(/%(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}

/** Messages joined as stderr text: one per line, newline-terminated. */
export function lines(...messages: string[]): string {
  return messages.map((m) => `${m}\n`).join('');
}

/** A device-method failure (docs/aix-behaviour.md 0.3): method path, the 0514 text, then the attribute. */
export function methodError(
  method: string,
  id: '0514-062' | '0514-018' | '0514-040',
  attribute?: string,
): string {
  return lines(msg('method.error', `/usr/lib/methods/${method}`), msg(id), ...(attribute ? [attribute] : []));
}
