/**
 * Facts that cannot both be true of one host: an application running on a source VG that is varied off,
 * a file system mounted from a varied-off VG (AIX mounts only from an open LV of a varied-on VG), a target
 * LUN that is a source volume (the copy would overwrite its own source). The plan would be built on one
 * of the two and the script's preflight would stop on the host; each is a blocker naming both facts.
 */
import type { Finding } from '../engine-types';
import { defineCheck, listNames } from './check';

export const contradictoryFacts = defineCheck('contradictory-facts', ({ facts }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const vg = facts.sourceVg.name;
  // Only a source on this host has a known state here; elsewhere its host's admin answers for it.
  const sourceOff = facts.sourceOnHost.present && !facts.sourceOnHost.variedOn;
  if (sourceOff) {
    for (const [i, app] of facts.applications.entries())
      if (app.kind !== 'none' && app.running)
        findings.push({
          severity: 'blocker',
          finding: `${app.name || app.kind} is marked running on ${vg}, but ${vg} is said to be varied off.`,
          reason:
            'An application cannot write to a VG that is varied off: one of the two facts is wrong, and the plan (stop or hot-backup, or neither) depends on which.',
          fix: `Check with lsvg -o whether ${vg} is varied on, and with the application owner whether ${app.name || 'the application'} runs; correct the wrong one.`,
          step: 'consistency',
          field: `applications.${i}.running`,
        });
    const mounted = facts.sourceVg.fileSystems.filter((f) => f.mounted).map((f) => f.mountPoint);
    if (mounted.length > 0)
      findings.push({
        severity: 'blocker',
        finding: `${listNames(mounted)} ${mounted.length > 1 ? 'are' : 'is'} said to be mounted, but ${vg} is said to be varied off.`,
        reason:
          'AIX mounts a file system only from a logical volume of a varied-on VG: one of the two facts is wrong, and the plan unmounts or not by them.',
        fix: 'Check with lsvg -o and mount which is true, and collect the facts again.',
        step: 'phase1',
        field: 'sourceOnHost.variedOn',
      });
  }
  const old = facts.mode === 'refresh' ? facts.existingCopy : undefined;
  if (old?.mounted && !old.variedOn)
    findings.push({
      severity: 'blocker',
      finding: `The old copy ${old.vgName} is said to be mounted, but also varied off.`,
      reason:
        'AIX mounts a file system only from a varied-on VG: the refresh unmounts and varies off the old copy by these facts.',
      fix: `Check with lsvg -o and mount which is true for ${old.vgName}.`,
      step: 'phase1',
      field: 'existingCopy.mounted',
    });
  // A source volume named as a target: the copy would be written over the disk it is read from.
  const sourceVolumes = new Set(
    [
      ...facts.sourceVg.disks.map((d) => d.storageVolume ?? ''),
      ...facts.targets.luns.map((l) => l.sourceStorageVolume),
    ]
      .filter(Boolean)
      .map((v) => v.toUpperCase()),
  );
  const both = facts.targets.luns
    .filter((l) => l.storageVolume && sourceVolumes.has(l.storageVolume.toUpperCase()))
    .map((l) => l.storageVolume);
  if (both.length > 0)
    findings.push({
      severity: 'blocker',
      finding: `Storage volume${both.length > 1 ? 's' : ''} ${listNames(both)} ${both.length > 1 ? 'are' : 'is'} given as a target LUN and as a source volume of ${vg}.`,
      reason:
        'The copy is written onto the target volumes: a target that is also a source would be overwritten by the copy of itself or of another source disk, and the source VG destroyed.',
      fix: 'Ask the storage admin for the target volume ids (lsfbvol on a DS8000, lsvdisk on SVC) and correct the target LUNs.',
      step: 'phase1',
      field: 'targets.luns',
    });
  return findings;
});
