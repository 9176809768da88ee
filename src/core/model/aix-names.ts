/**
 * The shape of every name and text of the runbook (docs/aix-behaviour.md section 12, docs/script-safety.md).
 * Each function says why a value is refused and how to fix it, or returns undefined when it is
 * accepted; the facts schema (facts.ts) applies them, so the API, the command line and the wizard refuse
 * the same values with the field named. Besides following AIX's own rules, the shapes keep every value
 * that reaches the root script free of line breaks, control characters and leading dashes: the writers
 * quote them too (src/core/shell-quote.ts), but nothing relies on that alone.
 */

/** Longest VG or LV name AIX accepts (0516-335: "name has been truncated to 15 characters"). */
const maxDeviceNameLength = 15;

/** Device-type prefixes AIX reserves (checkname compares the name without its trailing digits). */
const reservedPrefixes = [
  'hdisk',
  'hdiskpower',
  'vpath',
  'cd',
  'rmt',
  'fcs',
  'fscsi',
  'ent',
  'en',
  'et',
  'vscsi',
  'sys',
  'tty',
  'lo',
  'inet',
  'pdisk',
  'proc',
];

/** A value as shown in a message: quoted, control characters made visible, long values cut. */
function shown(value: string): string {
  const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value.length > 40 ? `${text} (${value.length} characters)` : text;
}

const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The shape of a VG or LV name as the host already holds it (lsvg, lsfs): 1 to 15 letters, digits,
 * `_ - .`, not `.` or `..` (they would be path components in /dev), not starting with `-` (a flag).
 */
export function deviceNameShapeProblem(name: string): string | undefined {
  if (name.length > maxDeviceNameLength)
    return `${shown(name)} has ${name.length} characters; AIX allows at most ${maxDeviceNameLength}: shorten it`;
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    return `${shown(name)} contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."`;
  if (name.startsWith('-'))
    return `${shown(name)} starts with "-", which commands would read as a flag: start it with a letter`;
  if (name === '.' || name === '..')
    return `${shown(name)} is a directory name, not a device name (it would be /dev/${name}): choose a name with letters`;
  return undefined;
}

/** Why a VG or LV name is not accepted by AIX (for names the runbook gives), or undefined when it is. */
export function deviceNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty: enter it';
  const shape = deviceNameShapeProblem(name);
  if (shape) return shape;
  // checkname strips the trailing digits and compares what is left, so a bare "hdisk" is refused too.
  const stem = name.replace(/[0-9]+$/, '');
  if (reservedPrefixes.includes(stem))
    return `${shown(name)} uses the reserved device prefix "${stem}" (0516-358): choose another name`;
  return undefined;
}

/** The recreatevg -Y prefix: short enough that prefixed names stay device names, e.g. fc. */
export function lvPrefixProblem(prefix: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,11}$/.test(prefix))
    return `${shown(prefix)} is not an LV prefix: recreatevg -Y puts it in front of every LV name, so use 1 to 12 letters, digits or "_" starting with a letter, e.g. fc`;
  return undefined;
}

/** A file system's log: INLINE or the LV name of its log device, as the `log =` line of /etc/filesystems has it. */
export function logDeviceProblem(log: string): string | undefined {
  if (log === 'INLINE') return undefined;
  const problem = deviceNameShapeProblem(log);
  return problem
    ? `${problem} (the log is INLINE or the LV name of the log device, e.g. loglv00)`
    : undefined;
}

/**
 * An absolute path (a mount point, the DS CLI profile): letters, digits and `_ . / + -` only, no empty, `.` or `..` component (a `..`
 * would put a copy's file system, or the profile read by the storage CLI, somewhere else than it says).
 */
export function absolutePathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return `${shown(path)} is not an absolute path: start it with "/", e.g. /data`;
  if (path.length > 1023) return `${shown(path)} is longer than AIX's 1023 characters: shorten it`;
  if (!/^[A-Za-z0-9_./+-]+$/.test(path))
    return `${shown(path)} contains characters other than letters, digits and "_ . / + -": remove them`;
  if (path.includes('//') || (path.length > 1 && path.endsWith('/')))
    return `${shown(path)} has an empty path component ("//" or a trailing "/"): remove it`;
  const dots = path.split('/').find((part) => part === '.' || part === '..');
  if (dots)
    return `${shown(path)} has a "${dots}" component, so it names another directory than it seems: write the path without it`;
  return undefined;
}

/** The recreatevg -L prefix: a mount point, and not "/" (which would keep the source's mount points). */
export function mountPrefixProblem(prefix: string): string | undefined {
  if (prefix === '/') return '"/" keeps the source\'s mount points: choose a prefix such as /fc';
  return absolutePathProblem(prefix);
}

/** Why a host disk name (hdisk10, vpath2, hdiskpower3) is not usable, or undefined when it is. */
export function diskNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name))
    return `${shown(name)} is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3`;
  return undefined;
}

/** A PVID as lspv shows it: 16 lowercase hexadecimal digits. */
export function pvidProblem(pvid: string): string | undefined {
  if (!/^[0-9a-f]{16}$/.test(pvid)) return 'a PVID is 16 hexadecimal digits, as lspv shows it';
  return undefined;
}

/** Why a storage volume id (DS8000 1100, SVC vdisk name) is not usable, or undefined when it is. */
export function storageVolumeProblem(id: string): string | undefined {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(id))
    return `${shown(id)} is not a storage volume id: use the DS8000 volume id (e.g. 1100) or the SVC vdisk name or id (letters, digits, "_", "-" and ".")`;
  return undefined;
}

/** A DS8000 storage image id as lssi shows it (`-dev IBM.2107-75ABCD1`). */
export function storageImageProblem(id: string): string | undefined {
  if (!/^IBM\.2107-[0-9A-Z]{7}$/.test(id))
    return `${shown(id)} is not a DS8000 storage image id: enter it as lssi shows it, e.g. IBM.2107-75ABCD1`;
  return undefined;
}

/** A DS8000 volume id (LLVV): 4 hexadecimal digits, as lsfbvol shows it (e.g. a Global Mirror journal 2100). */
export function ds8000VolumeProblem(id: string): string | undefined {
  if (!/^[0-9A-Fa-f]{4}$/.test(id))
    return `${shown(id)} is not a DS8000 volume id: enter the 4 hexadecimal digits lsfbvol shows, e.g. 2100`;
  return undefined;
}

/**
 * A VG identifier as `lsvg VG` prints it (VG IDENTIFIER): 16 hexadecimal digits on AIX releases before
 * 5.3 (original VGs), 32 since (the host's machine-id prefix, then a serial); lsvg prints them lowercase.
 */
export function vgIdProblem(id: string): string | undefined {
  if (!/^[0-9a-f]{16}(?:[0-9a-f]{16})?$/.test(id))
    return `${shown(id)} is not a VG identifier: enter the 32 (or, before AIX 5.3, 16) hexadecimal digits lsvg VG shows after VG IDENTIFIER, e.g. 00c8b12c00004c000000018c2a6e7b1d`;
  return undefined;
}

/** A DS8000 volume group id as lsvolgrp shows it (chvolgrp's last argument): V and 1 to 4 digits, e.g. V11. */
export function ds8000VolumeGroupProblem(id: string): string | undefined {
  if (!/^V[0-9]{1,4}$/.test(id))
    return `${shown(id)} is not a DS8000 volume group id: enter it as lsvolgrp shows it (ID column), e.g. V11`;
  return undefined;
}

/** A DS8000 logical subsystem (LSS) id: 2 hexadecimal digits, the first two of its volume ids (1000 is in 10). */
export function lssProblem(lss: string): string | undefined {
  if (!/^[0-9A-Fa-f]{2}$/.test(lss))
    return `${shown(lss)} is not an LSS id: enter 2 hexadecimal digits, the first two of a volume id, e.g. 10`;
  return undefined;
}

/** A DS8000 Global Mirror session id (mksession, mkgmir -session): 2 hexadecimal digits, 01 to FF. */
export function gmSessionProblem(id: string): string | undefined {
  if (!/^[0-9A-Fa-f]{2}$/.test(id) || /^00$/.test(id))
    return `${shown(id)} is not a Global Mirror session id: enter 2 hexadecimal digits from 01 to FF as lssession shows it, e.g. 01`;
  return undefined;
}

/** A DS8000 storage image's WWNN (mkpprcpath -remotewwnn): 16 hexadecimal digits, as lssi shows it. */
export function wwnnProblem(wwnn: string): string | undefined {
  if (!/^[0-9A-Fa-f]{16}$/.test(wwnn))
    return `${shown(wwnn)} is not a WWNN: enter the remote box's 16 hexadecimal digits as lssi shows it, e.g. 5005076303FFC1A5`;
  return undefined;
}

/** PPRC port pairs (mkpprcpath): `I0001:I0101 I0131:I0231`, local I/O port then the remote one. */
export function pprcPortsProblem(ports: string): string | undefined {
  if (!/^I[0-9A-Fa-f]{4}:I[0-9A-Fa-f]{4}( I[0-9A-Fa-f]{4}:I[0-9A-Fa-f]{4})*$/.test(ports))
    return `${shown(ports)} is not a list of PPRC port pairs: enter them as lspprcpath shows them, local port:attached port, e.g. I0001:I0101 I0131:I0231`;
  return undefined;
}

/**
 * SVC object names (vdisks, mappings, consistency groups, relationships): letters, digits, `_ - .`, starting
 * with a letter or `_`, at most 63. The simulator's SVC CLI refuses other names by the same pattern.
 */
export const SVC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,62}$/;

/** An SVC object name the runbook gives (consistency group), as SVC_NAME. */
export function svcObjectNameProblem(name: string): string | undefined {
  if (!SVC_NAME.test(name))
    return `${shown(name)} is not an SVC object name: use at most 63 letters, digits, "_", "-" and ".", starting with a letter, e.g. fccg_datavg`;
  return undefined;
}

/**
 * A host name (RFC 1123): labels of letters, digits and `-` (not at either end) of at most 63
 * characters, separated by dots, at most 255 in all; an IPv4 literal has this shape too.
 */
export function hostnameProblem(name: string): string | undefined {
  const label = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
  if (name.length > 255 || !name.split('.').every((part) => label.test(part)))
    return `${shown(name)} is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01`;
  return undefined;
}

/** A user name on AIX or the SVC cluster: letters, digits, `_ . -`, not starting with `-`. */
function userNameProblem(user: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(user))
    return `the user ${shown(user)} is not a user name (letters, digits, "_", "." and "-", starting with a letter)`;
  return undefined;
}

/**
 * Where ssh reaches the SVC CLI: `[user@]host`, the host a DNS name or an IPv4 or IPv6 literal. The value
 * is ssh's destination, so it must never start with `-` (`-oProxyCommand=...` would run a command); the
 * script also ends ssh's options with `--`.
 */
export function sshDestinationProblem(destination: string): string | undefined {
  const at = destination.lastIndexOf('@');
  const user = at >= 0 ? destination.slice(0, at) : undefined;
  const host = destination.slice(at + 1);
  const ipv6 = /^[0-9A-Fa-f:.]+$/.test(host) && host.split(':').length > 2;
  const problem =
    (user !== undefined ? userNameProblem(user) : undefined) ??
    (ipv6 || hostnameProblem(host) === undefined
      ? undefined
      : `the host ${shown(host)} is not a host name or IP address`);
  return problem
    ? `${shown(destination)} is not an ssh destination: ${problem}; enter user@host, e.g. superuser@svc01`
    : undefined;
}

/** The DS CLI profile (`dscli -cfg PROFILE`): an absolute path to the file, e.g. /opt/ibm/dscli/profile/dscli.profile. */
export function profilePathProblem(path: string): string | undefined {
  const problem = absolutePathProblem(path);
  return problem
    ? `${problem} (the DS CLI profile is a file such as /opt/ibm/dscli/profile/dscli.profile)`
    : undefined;
}

/** An application's name (DB2 instance or database, Oracle SID, a service): letters, digits, `_ . -`. */
export function applicationNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name))
    return `${shown(name)} is not an application name: use at most 64 letters, digits, "_", "." and "-", e.g. PRD`;
  return undefined;
}

/**
 * An AIX user name (the owner of a DB2 instance or an Oracle installation, as `su - NAME` takes it): mkuser
 * refuses a name that starts with "-", "+", "@" or "~", holds spaces or `: " # , = \\ / ? ' \``, or is ALL or
 * default. Kept to the portable letters, digits, "_", "." and "-", as sites name these users.
 */
export function aixUserNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,254}$/.test(name) || name === 'ALL' || name === 'default')
    return `${shown(name)} is not an AIX user name: start with a letter or "_", then letters, digits, "_", "." or "-", e.g. db2inst1`;
  return undefined;
}

/**
 * A command the application owner gives (hot-backup, stop, start). Commands by design, so their words
 * are free, but they are one line without control characters: the script carries each as one quoted
 * word, shows it at a pause and runs it with `sh -c` only when the admin answers `run` there.
 */
export function ownerCommandProblem(command: string): string | undefined {
  if (controlCharacter.test(command))
    return `${shown(command)} contains a line break or another control character: give the command on one line (join several with "&&" or ";")`;
  if (command.length > 1024)
    return `the command has ${command.length} characters; at most 1024: shorten it or put it in a script`;
  if (command.trimStart().startsWith('-'))
    return `${shown(command)} starts with "-", which sh would read as an option: start with the command's name`;
  return undefined;
}

/** A text read from the host (lsdev's description): one line of printable characters. */
export function hostTextProblem(text: string): string | undefined {
  if (controlCharacter.test(text) || text.length > 256)
    return `${shown(text)} is not one line of at most 256 printable characters: paste the host's output again`;
  return undefined;
}

/**
 * The name of the person who reviewed a runbook, as the script's header carries it (a comment): one line of
 * letters, digits, spaces and `. _ ' @ -`, as people and user names are written.
 */
export function reviewerNameProblem(name: string): string | undefined {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._'@-]{0,63}$/u.test(name))
    return `${shown(name)} is not a reviewer's name: at most 64 letters, digits, spaces, ".", "_", "'", "@" and "-", starting with a letter or digit, e.g. Jane Doe`;
  return undefined;
}
