/**
 * A copy in use (a file system mounted, a raw LV open: a backup reading it, a test database on it) is
 * unmounted by the retire only on the admin's answer (model/unanswered.ts asks it, never assumed:
 * docs/unanswered.md): "no" stops the retire until whoever uses it is done. The mount points are needed
 * for the unmount and for its undo (the script mounts them back should the retire stop before exportvg).
 */
import type { Finding } from '../engine-types';
import { copyInUse, retiredCopy } from '../model/retire';
import { defineCheck, listNames } from './check';

export const retireCopyInUse = defineCheck('retire-copy-in-use', ({ facts }) => {
  const copy = retiredCopy(facts);
  if (!copy || !copyInUse(copy)) return [];
  const findings: Omit<Finding, 'id'>[] = [];
  const open = copy.openLvs ?? [];
  if (copy.mayUnmount === false)
    findings.push({
      severity: 'blocker',
      finding: `${copy.vgName} is in use${open.length > 0 ? ` (raw LVs ${listNames(open)} open)` : ''} and may not be unmounted.`,
      reason: 'A retire varies the copy off: nothing may use it then.',
      fix: 'Retire the copy once whoever uses it has stopped: answer yes then, or paste lsvg -l again.',
      step: 'start',
      field: 'existingCopy.mayUnmount',
    });
  if (copy.mounted && (copy.mountPoints ?? []).length === 0)
    findings.push({
      severity: 'blocker',
      finding: `${copy.vgName} is mounted, but its mount points are not given.`,
      reason:
        'The script unmounts what lsvg -l shows mounted; should the retire stop before exportvg, it mounts the copy back and needs its mount points for that.',
      fix: `Paste lsvg -l ${copy.vgName} or enter the copy's mount points.`,
      step: 'start',
      field: 'existingCopy.mountPoints',
    });
  return findings;
});
