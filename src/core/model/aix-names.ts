/**
 * AIX naming rules for what the runbook names (AIX-REFERENCE.md section 12). VG and LV names are device
 * names: 1 to 15 characters, letters, digits, `_`, `-` and `.`, and not a reserved device prefix followed
 * by digits (`hdisk12` is rejected with 0516-358). Mount points are absolute paths without spaces.
 * These rules also keep every name the script quotes free of shell metacharacters.
 */

/** Longest VG or LV name AIX accepts (0516-335: "name has been truncated to 15 characters"). */
export const maxDeviceNameLength = 15;

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

/** Why a VG or LV name is not accepted by AIX, or undefined when it is. */
export function deviceNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name.length > maxDeviceNameLength)
    return `"${name}" has ${name.length} characters; AIX allows at most ${maxDeviceNameLength}`;
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    return `"${name}" contains characters AIX does not allow; use letters, digits, "_", "-" and "."`;
  if (name.startsWith('-')) return `"${name}" starts with "-", which commands would read as a flag`;
  // checkname strips the trailing digits and compares what is left, so a bare "hdisk" is refused too.
  const stem = name.replace(/[0-9]+$/, '');
  if (reservedPrefixes.includes(stem))
    return `"${name}" uses the reserved device prefix "${stem}" (0516-358)`;
  return undefined;
}

/** Why a mount point (or a mount-point prefix) is not usable, or undefined when it is. */
export function mountPointProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return `"${path}" is not an absolute path; it must start with "/"`;
  if (/\s/.test(path)) return `"${path}" contains a space; AIX mount points cannot`;
  if (!/^[A-Za-z0-9_./+-]+$/.test(path))
    return `"${path}" contains characters other than letters, digits and "_ . / + -"`;
  if (path.includes('//') || (path.length > 1 && path.endsWith('/')))
    return `"${path}" has an empty path component ("//" or a trailing "/")`;
  return undefined;
}

/** Why a host disk name (hdisk10, vpath2, hdiskpower3) is not usable, or undefined when it is. */
export function diskNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name))
    return `"${name}" is not a device name such as hdisk10 (letters, digits and "_", starting with a letter)`;
  return undefined;
}

/** Why a storage volume id (DS8000 1100, SVC vdisk name) is not usable, or undefined when it is. */
export function storageVolumeProblem(id: string): string | undefined {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id))
    return `"${id}" is not a storage volume id (letters, digits, "_", "-" and "." only)`;
  return undefined;
}
