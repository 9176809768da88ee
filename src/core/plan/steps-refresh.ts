/**
 * docs/procedure.md "Refreshing an existing copy": unmount the old copy's file systems, vary it off and export it
 * (exportvg removes it from the ODM and leaves the disks alone), so the new copy can be written onto the
 * same LUNs and recreatevg can define the VG name again.
 */
import type { Facts } from '../model/facts';
import { mountOrder } from '../model/mount-order';
import { step } from './step';
import type { ActionStep } from './types';

/**
 * The old copy's steps. Its mount points are expected where this runbook mounts the new copy; the
 * script unmounts whatever `lsvg -l` shows mounted in the old VG, so a different prefix is handled too.
 */
export function refreshSteps(facts: Facts, mountPoints: string[]): ActionStep[] {
  const old = facts.existingCopy;
  if (facts.mode !== 'refresh' || !old) return [];
  const mps = mountOrder('umount', mountPoints);
  return [
    step({
      id: 'unmount-old-copy',
      phase: 'refresh',
      owner: 'aix',
      title: `Unmount the file systems of the old copy ${old.vgName}`,
      commands: [`lsvg -l ${old.vgName}`, ...mps.map((m) => `umount ${m}`)],
      expect: 'Each umount returns silently (or says nothing is mounted there).',
      verify: `mount shows none of ${mps.join(', ')}.`,
      why: 'varyoffvg needs every LV of the VG closed; a mounted file system keeps its LV open.',
      onFailure: 'umount says busy (0506-349): fuser -cu MOUNTPOINT shows who uses it; stop them and repeat.',
      action: { kind: 'umount', mountPoints: mps, vg: old.vgName },
    }),
    step({
      id: 'varyoff-old-copy',
      phase: 'refresh',
      owner: 'aix',
      title: `Vary off the old copy ${old.vgName}`,
      commands: [`varyoffvg ${old.vgName}`],
      expect: 'No output.',
      verify: `lsvg -o does not list ${old.vgName}.`,
      why: 'The new copy overwrites these disks; the VG must not be active while that happens, and exportvg needs it varied off.',
      onFailure: '0516-012 means an LV is still open: unmount what is left and repeat.',
      action: { kind: 'varyoffvg', vg: old.vgName },
    }),
    step({
      id: 'export-old-copy',
      phase: 'refresh',
      owner: 'aix',
      title: `Export the old copy ${old.vgName}`,
      commands: [`exportvg ${old.vgName}`],
      expect: 'No output.',
      verify: `lsvg does not list ${old.vgName}; lspv shows its disks with VG None.`,
      why: 'A VG name already in the ODM cannot be defined again: the old copy is exported before recreatevg runs. exportvg does not touch the disks.',
      onFailure: '0516-764 means the VG is still varied on: vary it off first.',
      action: { kind: 'exportvg', vg: old.vgName },
    }),
  ];
}
