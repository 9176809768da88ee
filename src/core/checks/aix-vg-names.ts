/**
 * AIX naming rules for VG names (AIX-REFERENCE.md section 12): 1-15 characters, letters, digits,
 * `_ - .`, no reserved device prefix. The names also go into the script, so nothing else may pass.
 */
import type { Finding } from '../engine-types';
import { deviceNameProblem } from '../model/aix-names';
import { defineCheck } from './check';

export const aixVgNames = defineCheck('aix-vg-names', ({ facts }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const reason =
    'AIX accepts VG names of 1 to 15 letters, digits, "_", "-" and "."; a name that breaks the rules stops importvg/recreatevg, and only such names are safe to put in the script.';
  const copyProblem = facts.newVg.name ? deviceNameProblem(facts.newVg.name) : undefined;
  if (copyProblem)
    findings.push({
      severity: 'blocker',
      finding: `The copy's VG name is not valid: ${copyProblem}.`,
      reason,
      fix: 'Choose a VG name of at most 15 letters, digits, "_", "-" or ".", e.g. fcdatavg.',
      step: 'phase2',
      field: 'newVg.name',
    });
  const sourceProblem = facts.sourceVg.name ? deviceNameProblem(facts.sourceVg.name) : undefined;
  if (sourceProblem)
    findings.push({
      severity: 'blocker',
      finding: `The source VG name is not valid: ${sourceProblem}.`,
      reason,
      fix: 'Enter the source VG name exactly as lsvg shows it.',
      step: 'start',
      field: 'sourceVg.name',
    });
  const oldCopy = facts.mode === 'refresh' ? facts.existingCopy?.vgName : undefined;
  const oldProblem = oldCopy ? deviceNameProblem(oldCopy) : undefined;
  if (oldProblem)
    findings.push({
      severity: 'blocker',
      finding: `The existing copy's VG name is not valid: ${oldProblem}.`,
      reason,
      fix: 'Enter the existing copy’s VG name exactly as lsvg shows it.',
      step: 'phase1',
      field: 'existingCopy.vgName',
    });
  return findings;
});
