/**
 * Phase 2 (docs/procedure.md): access the VG with importvg or recreatevg (given every disk of the copy), vary it
 * on, then ./steps-verify.ts checks and mounts its file systems. recreatevg gives the
 * disks new PVIDs itself: no chdev pv=clear / pv=yes steps.
 */
import type { CopyLayout } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { step } from './step';
import type { ActionStep } from './types';

export function accessSteps(facts: Facts, layout: CopyLayout, reason: string): ActionStep[] {
  const vg = facts.newVg.name;
  const disks = layout.targets.map((t) => t.name);
  const access: ActionStep =
    layout.access === 'recreatevg'
      ? step({
          id: 'recreatevg',
          phase: 'phase2',
          owner: 'aix',
          title: `Re-create the copy as ${vg} (recreatevg)`,
          commands: [`recreatevg -y ${vg} -Y ${layout.lvPrefix} -L ${layout.mountPrefix} ${disks.join(' ')}`],
          expect: `recreatevg prints ${vg}; the LVs get the prefix ${layout.lvPrefix} and the mount points become ${layout.fileSystems.map((f) => f.mountPoint).join(', ') || `${layout.mountPrefix}/...`}.`,
          verify: `lspv shows ${disks.join(', ')} in ${vg} with new PVIDs; lsvg -l ${vg} lists the renamed LVs.`,
          why: reason,
          onFailure:
            'A disk-list mismatch means not every disk of the copy was given; "name already used" means the VG name is in the ODM (export the old copy). Do not use chdev pv=clear: recreatevg handles PVIDs.',
          action: {
            kind: 'recreatevg',
            vg,
            lvPrefix: layout.lvPrefix,
            mountPrefix: layout.mountPrefix,
            disks,
          },
        })
      : step({
          id: 'importvg',
          phase: 'phase2',
          owner: 'aix',
          title: `Import the copy as ${vg} (importvg)`,
          commands: [`importvg -y ${vg} ${disks[0] ?? ''}`],
          expect: `importvg prints ${vg}; it finds the other disks of the VG itself.`,
          verify: `lsvg -l ${vg} lists the LVs with their mount points.`,
          why: reason,
          onFailure:
            '0516-572 (VG already exists under another name) means a copy of the VG is on this host: use recreatevg.',
          action: { kind: 'importvg', vg, disk: disks[0] ?? '' },
        });
  return [
    access,
    step({
      id: 'varyonvg',
      phase: 'phase2',
      owner: 'aix',
      title: `Vary on ${vg}`,
      commands: [`varyonvg ${vg}`],
      expect:
        'No output (the VG is already active after recreatevg/importvg; varyonvg then changes nothing).',
      verify: `lsvg -o lists ${vg}.`,
      why: 'The copy VG must be active before its file systems can be checked and mounted.',
      onFailure:
        '0516-052 (no quorum) means disks of the copy are missing: check that every target LUN is configured.',
      action: { kind: 'varyonvg', vg },
    }),
  ];
}
