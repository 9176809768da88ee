/**
 * docs/procedure.md "Words": LVM does not allow two VGs on one host with the same LV names. recreatevg renames
 * every LV with a prefix (-Y, default `fs`); an LV whose prefixed name exceeds 15 characters gets a
 * generated name (docs/aix-behaviour.md 11.2). importvg renames clashing LVs to fslvNN/loglvNN (0516-530),
 * and file systems using a renamed log then need chfs -a log= by hand. On a refresh the old copy, which
 * holds this copy's names, is exported first.
 */
import type { Finding } from '../engine-types';
import { defineCheck, listNames } from './check';

export const lvNameCollision = defineCheck('lv-name-collision', ({ facts, layout }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const lvNames = facts.sourceVg.lvs.map((l) => l.name);
  // A refresh exports the old copy before recreatevg: its LV names (this copy's names) are freed.
  const refreshed =
    facts.mode === 'refresh' && facts.existingCopy
      ? new Set(lvNames.map((n) => layout.lvPrefix + n))
      : new Set();
  const onHost = new Set(
    [...(facts.host?.lvNames ?? []), ...(facts.sourceOnHost.present ? lvNames : [])].filter(
      (n) => !refreshed.has(n),
    ),
  );
  if (layout.access === 'recreatevg') {
    const tooLong = lvNames.filter((n) => (layout.lvPrefix + n).length > 15);
    if (tooLong.length > 0)
      findings.push({
        severity: 'warning',
        finding: `With the LV prefix "${layout.lvPrefix}", ${listNames(tooLong)} would exceed 15 characters.`,
        reason:
          'recreatevg gives an LV whose prefixed name is longer than 15 characters a generated name (fslvNN), so the copy’s LV and log names cannot be known in advance.',
        fix: 'Choose a shorter LV prefix (-Y), e.g. two letters.',
        step: 'phase2',
        field: 'newVg.lvPrefix',
      });
    const clashes = lvNames.map((n) => layout.lvPrefix + n).filter((n) => onHost.has(n));
    if (clashes.length > 0)
      findings.push({
        severity: 'blocker',
        finding: `The copy's LV names ${listNames(clashes)} already exist on this host.`,
        reason: 'LV names are device names, unique on the whole host: recreatevg cannot define them twice.',
        fix: 'Choose an LV prefix (-Y) that no other copy on this host uses.',
        step: 'phase2',
        field: 'newVg.lvPrefix',
      });
    return findings;
  }
  const clashes = lvNames.filter((n) => onHost.has(n));
  if (clashes.length > 0)
    findings.push({
      severity: 'warning',
      finding: `importvg would rename ${listNames(clashes)}: those LV names already exist on this host.`,
      reason:
        'importvg renames clashing LVs to generated names (0516-530); a file system that uses a renamed log must then be pointed at it with chfs -a log= by hand.',
      fix: 'Use recreatevg with its own LV prefix (-Y), or rename the clashing LVs first.',
      step: 'phase2',
      field: 'newVg.access',
    });
  return findings;
});
