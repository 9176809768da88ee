/**
 * docs/procedure.md "Retiring a copy": the host's part. The script's preflight has made sure the VG is the
 * copy (VG IDENTIFIER, PVIDs) and holds no paging space; then the copy's file systems are unmounted deepest
 * first, the VG varied off and exported (exportvg removes its /etc/filesystems stanzas), each disk removed
 * with rmdev -dl, and the host checked for any trace left. Until exportvg a failure puts the copy back as
 * it was (varied on, mounted: the undo records below); from exportvg on, the retire only goes forward, and
 * a rerun finishes it (docs/failure-safety.md).
 */
import type { Facts } from '../model/facts';
import { mountOrder } from '../model/mount-order';
import { type RetiredCopy, retiredCopy } from '../model/retire';
import { retireStorageSteps } from './steps-retire-storage';
import { step } from './step';
import type { ActionStep, StorageUndo } from './types';

const exportId = 'retire-export';

/** The undo of a change to the copy, held until exportvg ends: after it there is no copy to put back. */
function untilExport(undo: StorageUndo['undo']): StorageUndo {
  return { undo, until: exportId };
}

function unmountStep(copy: RetiredCopy): ActionStep {
  const vg = copy.vgName;
  const mps = copy.unmountOrder;
  // Mounted back shallowest first: a file system below another needs that one mounted first.
  const mounted = copy.mounted ? mountOrder('mount', mps) : [];
  return step({
    id: 'retire-unmount',
    phase: 'retire',
    owner: 'aix',
    title: `Unmount the file systems of ${vg}, deepest first`,
    commands: [`lsvg -l ${vg}`, ...mps.map((m) => `umount ${m}`)],
    expect: 'Each umount returns silently.',
    verify: `mount shows none of ${mps.join(', ') || `the file systems of ${vg}`}.`,
    why: 'varyoffvg needs every LV of the VG closed. A file system mounted below another keeps the upper one busy, so the deepest is unmounted first.',
    onFailure:
      'umount says busy (0506-349): fuser -cu MOUNTPOINT shows who still uses it; stop them and run the script again.',
    action: { kind: 'umount', mountPoints: mps, vg },
    ...(mounted.length > 0
      ? {
          storageUndo: untilExport({
            title: `Mount the file systems of ${vg} again`,
            commands: mounted.map((m) => `mount ${m}`),
            action: { kind: 'mount', mountPoints: mounted },
          }),
        }
      : {}),
  });
}

function varyoffStep(copy: RetiredCopy): ActionStep {
  const vg = copy.vgName;
  return step({
    id: 'retire-varyoff',
    phase: 'retire',
    owner: 'aix',
    title: `Vary off ${vg}`,
    commands: [`varyoffvg ${vg}`],
    expect: 'No output.',
    verify: `lsvg -o does not list ${vg}.`,
    why: 'exportvg refuses a VG that is varied on, and rmdev refuses a disk of one (0514-062, busy).',
    onFailure:
      '0516-012 means an LV is still open (a raw LV a database holds, a file system): close it and run the script again.',
    action: { kind: 'varyoffvg', vg },
    ...(copy.variedOn
      ? {
          storageUndo: untilExport({
            title: `Vary on ${vg} again`,
            commands: [`varyonvg ${vg}`],
            action: { kind: 'varyonvg', vg },
          }),
        }
      : {}),
  });
}

/** The host's steps of a retire, or none where the runbook retires no copy. */
function hostSteps(copy: RetiredCopy): ActionStep[] {
  const vg = copy.vgName;
  const first = copy.disks[0] ?? 'hdiskN';
  return [
    unmountStep(copy),
    varyoffStep(copy),
    step({
      id: exportId,
      phase: 'retire',
      owner: 'aix',
      title: `Export ${vg}`,
      commands: [`exportvg ${vg}`],
      expect: 'No output.',
      verify: `lsvg does not list ${vg}; lspv shows its disks with VG None; lsfs lists none of its file systems.`,
      why: "exportvg removes the VG from the ODM and its file systems' stanzas from /etc/filesystems; it writes nothing to the disks. From here the copy is no longer defined: a failure is finished by running the script again, not undone.",
      onFailure: `0516-764 means the VG is still varied on: vary it off first. To bring the copy back instead: importvg -y ${vg} ${first}.`,
      action: { kind: 'exportvg', vg },
    }),
    step({
      id: 'retire-rmdev',
      phase: 'retire',
      owner: 'aix',
      title: `Remove the disks of ${vg}: ${copy.disks.join(', ')}`,
      commands: copy.disks.map((d) => `rmdev -dl ${d}`),
      expect: 'rmdev prints "hdiskN deleted" for each disk.',
      verify: `lspv and lsdev -Cc disk list none of ${copy.disks.join(', ')}.`,
      why: 'The storage admin unmaps the LUNs next: a disk still defined would then show failed paths and errors in errpt. rmdev -d also removes its ODM definition, so no hdisk number is left to a LUN that is gone.',
      onFailure: `0514-062 (busy) means the disk is still in a varied-on VG or open. To bring the copy back instead: cfgmgr, then importvg -y ${vg} ${first}.`,
      action: { kind: 'rmdev', disks: copy.disks },
    }),
    step({
      id: 'retire-verify',
      phase: 'retire',
      owner: 'aix',
      title: `Check that no trace of ${vg} is left on the host`,
      commands: ['lsvg', 'lspv', ...(copy.mountPoints ?? []).map((m) => `lsfs ${m}`)],
      expect: `lsvg does not list ${vg}; lspv lists none of its disks; lsfs finds none of its file systems.`,
      verify: 'The script stops where the VG or a disk is left, and names any /etc/filesystems stanza left.',
      why: 'A VG definition or disk left behind is a trace the next cfgmgr or importvg trips over; a stanza left in /etc/filesystems makes mount -a try a file system that is gone.',
      onFailure:
        'A stanza left: remove it from /etc/filesystems (its LV no longer exists, so rmfs cannot). A disk left: rmdev -dl it.',
      action: { kind: 'verify-retired', vg, disks: copy.disks, mountPoints: copy.mountPoints ?? [] },
    }),
  ];
}

/** A retire's plan steps: the host's part, then the storage admin's. */
export function retireSteps(facts: Facts): ActionStep[] {
  const copy = retiredCopy(facts);
  if (!copy) return [];
  return [...hostSteps(copy), ...retireStorageSteps(facts)];
}
