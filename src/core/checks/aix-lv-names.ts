/**
 * AIX naming rules for LV names and the recreatevg LV prefix (-Y): LV names are device names, 1-15
 * letters, digits, `_ - .` (AIX-REFERENCE.md section 12).
 */
import type { Finding } from '../engine-types';
import { deviceNameProblem } from '../model/aix-names';
import { defineCheck } from './check';

export const aixLvNames = defineCheck('aix-lv-names', ({ facts }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const prefix = facts.newVg.lvPrefix;
  if (prefix && !/^[A-Za-z][A-Za-z0-9_]{0,11}$/.test(prefix))
    findings.push({
      severity: 'blocker',
      finding: `The LV prefix "${prefix}" is not valid.`,
      reason:
        'recreatevg -Y puts the prefix in front of every LV name; it must be a short run of letters, digits and "_" starting with a letter, so the names stay valid AIX device names.',
      fix: 'Choose a prefix of 1 to 12 letters or digits starting with a letter, e.g. fc.',
      step: 'phase2',
      field: 'newVg.lvPrefix',
    });
  const names = [...facts.sourceVg.lvs.map((l) => l.name), ...facts.sourceVg.fileSystems.map((f) => f.lv)];
  const bad = [...new Set(names)].map(deviceNameProblem).filter((p): p is string => !!p);
  if (bad.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `LV names of the source VG are not valid: ${bad.join('; ')}.`,
      reason: 'LV names are AIX device names; a name outside the rules is a typing or paste error.',
      fix: 'Enter the LV names exactly as lsvg -l shows them.',
      step: 'start',
      field: 'sourceVg.lvs',
    });
  return findings;
});
