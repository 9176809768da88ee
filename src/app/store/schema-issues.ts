/**
 * Errors of input, keyed by the dotted path of the fact (the same key as Finding.field), in plain words:
 * what the facts schema refuses ("a PVID is 16 hexadecimal digits, as lspv shows it"), with zod's generic
 * wording ("Too small: expected string to have >=1 characters") replaced by what to do.
 */
import type { z } from 'zod';
import { type Facts, factsSchema } from '../../core/model/facts';

const cache = new WeakMap<Facts, ReadonlyMap<string, string>>();

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

/** The schema's complaints about these facts, one message per field (the first one). */
export function schemaIssues(facts: Facts): ReadonlyMap<string, string> {
  const cached = cache.get(facts);
  if (cached) return cached;
  const result = factsSchema.safeParse(facts);
  const issues = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!issues.has(path)) issues.set(path, issueMessage(issue));
    }
  }
  cache.set(facts, issues);
  return issues;
}
