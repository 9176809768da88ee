/**
 * Mount points (and the recreatevg -L prefix) are absolute paths without spaces; they go into
 * /etc/filesystems and the script.
 */
import type { Finding } from '../engine-types';
import { mountPointProblem } from '../model/aix-names';
import { defineCheck } from './check';

export const aixMountPoints = defineCheck('aix-mount-points', ({ facts }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const prefix = facts.newVg.mountPrefix;
  const prefixProblem = prefix ? mountPointProblem(prefix) : undefined;
  if (prefixProblem || prefix === '/')
    findings.push({
      severity: 'blocker',
      finding: `The mount-point prefix is not valid: ${prefixProblem ?? '"/" keeps the original mount points'}.`,
      reason:
        'recreatevg -L puts the prefix in front of every mount point: it must be an absolute path without spaces, and "/" would reuse the source’s mount points.',
      fix: 'Choose a prefix such as /fc.',
      step: 'phase2',
      field: 'newVg.mountPrefix',
    });
  const bad = facts.sourceVg.fileSystems
    .map((f) => mountPointProblem(f.mountPoint))
    .filter((p): p is string => !!p);
  if (bad.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Mount points of the source VG are not valid: ${bad.join('; ')}.`,
      reason: 'AIX mount points are absolute paths without spaces.',
      fix: 'Enter the mount points exactly as lsfs shows them.',
      step: 'start',
      field: 'sourceVg.fileSystems',
    });
  return findings;
});
