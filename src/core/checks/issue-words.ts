/**
 * A schema issue in the words shown at its field, one wording for the wizard, the CLI and the API: the
 * field named as the admin knows it ("Source VG disk 2 PVID"), what the schema refuses ("a PVID is 16
 * hexadecimal digits, as lspv shows it"), with zod's generic wording ("Too small: expected string to have
 * >=1 characters") replaced by what to do.
 */
import type { z } from 'zod';

/** One schema issue in the words shown at the field. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return 'This is empty: enter a value.';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a whole number.';
  if (issue.code === 'too_small' && issue.origin === 'number')
    return issue.inclusive ? `Enter ${issue.minimum} or more.` : `Enter more than ${issue.minimum}.`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Enter ${issue.maximum} or less.`;
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

const words: Record<string, string> = {
  // A runbook file and the API wrap the facts in `facts`: the field is named the same inside it.
  facts: '',
  sourceVg: 'source VG',
  disks: 'disk',
  lvs: 'logical volume',
  fileSystems: 'file system',
  targets: 'target',
  luns: 'LUN',
  newVg: 'copy VG',
  existingCopy: 'existing copy',
  sourceOnHost: 'source on this host',
  otherCopies: 'other copy',
  applications: 'application',
  consistency: 'consistency',
  aix: 'AIX',
  technologyLevel: 'technology level',
  servicePack: 'service pack',
  pvid: 'PVID',
  mountPoint: 'mount point',
  lv: 'LV',
  vfs: 'type',
  log: 'log',
  name: 'name',
  vgName: 'VG name',
  storageVolume: 'storage volume',
  sourceDisk: 'source disk',
  freezeTimeoutSeconds: 'freeze timeout',
  expectedStartSeconds: 'copy start time',
  hotBackupStart: 'hot-backup start command',
  hotBackupEnd: 'hot-backup end command',
  lvPrefix: 'LV prefix',
  mountPrefix: 'mount-point prefix',
  hostname: 'host name',
  host: 'host',
  vgs: 'VG',
  activeVgs: 'active VG',
  lvNames: 'LV name',
  mountPoints: 'mount point',
  description: 'description',
  vg: 'VG',
  storage: 'storage',
  storageImage: 'storage image',
  remoteStorageImage: 'secondary storage image',
  remoteWwnn: 'remote WWNN',
  pprcPorts: 'PPRC port pairs',
  consistencyGroup: 'consistency group',
  rcConsistencyGroup: 'remote copy consistency group',
  dscliProfile: 'DS CLI profile',
  svcHost: 'SVC host',
  sourceStorageVolume: 'source storage volume',
  stopCommand: 'stop command',
  startCommand: 'start command',
  // The API's own forms and messages.
  username: 'user name',
  roles: 'role',
  line: 'command line',
};

/** A fact's dotted path in words: 'sourceVg.disks.1.pvid' -> 'Source VG disk 2 PVID'. */
export function pathInWords(path: string): string {
  const text = path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (words[part] ?? part)))
    .filter(Boolean)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A message at a dotted path, the field named first; `whole` names the input when the path is empty. */
export function atField(path: string, message: string, whole: string): string {
  return `${pathInWords(path) || whole}: ${message}`;
}

/** One schema issue as a sentence naming its field: 'Source VG disk 2 PVID: a PVID is ...'. */
export function issueInWords(issue: z.core.$ZodIssue, whole: string): string {
  return atField(issue.path.map(String).join('.'), issueMessage(issue), whole);
}
