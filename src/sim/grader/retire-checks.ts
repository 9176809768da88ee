/**
 * Retiring a copy (docs/aix-behaviour.md 20.6): the goal's items (the copy gone from the host and the
 * storage) and the traps of the order it must go in: unmount, varyoffvg, exportvg, rmdev -dl on the host, and
 * only then the storage's rmflash / rmfcmap and unmapping.
 */
import { commandName, type GradeContext, type ItemResult, where, words } from './check';
import { copyBefore, copyLeftovers } from './copy-leftovers';
import {
  disksOf,
  fileSystemsOf,
  type Picture,
  relationshipTargets,
  vgNamed,
  volumesMappedHere,
} from './picture-view';

/** The copy's leftovers at the end of the attempt, against the world it started from. */
function leftovers({ goal, steps, final }: GradeContext) {
  return copyLeftovers(goal.copyVg, steps[0]?.before ?? final, final);
}

/** An item that holds when nothing of the copy is left at the end: `left` lists what is. */
function noneLeft(title: string, left: string[], what: string, success: string): ItemResult {
  return {
    title,
    failure: left.length > 0 ? `Left at the end: ${left.join(', ')} (${what}).` : null,
    success,
  };
}

export function copyVgRemoved(context: GradeContext): ItemResult {
  const { goal } = context;
  const { vg } = leftovers(context);
  return noneLeft(
    `The copy VG ${goal.copyVg} is gone from the host`,
    vg ? [vg.name] : [],
    vg?.variedOn ? 'varied on' : 'still defined in the ODM: exportvg removes it',
    `No VG named ${goal.copyVg} is defined.`,
  );
}

export function copyDisksRemoved(context: GradeContext): ItemResult {
  return noneLeft(
    "The copy's hdisks are deleted",
    leftovers(context).disks,
    'rmdev -dl each, after exportvg',
    "None of the copy's LUNs has an hdisk on the host.",
  );
}

export function copyStanzasRemoved(context: GradeContext): ItemResult {
  return noneLeft(
    "The copy's file systems are gone from /etc/filesystems",
    leftovers(context).stanzas,
    'stanzas in /etc/filesystems: exportvg removes them',
    "No stanza of the copy's file systems is left.",
  );
}

export function copyRelationshipsRemoved(context: GradeContext): ItemResult {
  return noneLeft(
    "The copy's relationships are withdrawn",
    leftovers(context).relationships,
    'copy relationships onto the LUNs: rmflash, or rmfcmap once stopped',
    'No copy relationship has a LUN of the copy as its target.',
  );
}

export function copyLunsUnmapped(context: GradeContext): ItemResult {
  return noneLeft(
    "The copy's LUNs are unmapped from the host",
    leftovers(context).mappings,
    'LUNs still mapped to the host: chvolgrp -action remove, or rmvdiskhostmap',
    "None of the copy's LUNs is presented to the host.",
  );
}

export function retiredWhileMounted({ goal, steps }: GradeContext): ItemResult {
  // varyoffvg refuses a VG with an open LV (0516-012) and exportvg one varied on (0516-764): unmount first.
  const mountedIn = (picture: Picture) =>
    fileSystemsOf(picture, goal.copyVg)
      .filter((f) => f.mounted)
      .map((f) => f.mountPoint);
  const fallen = steps.find(
    (s) =>
      ['varyoffvg', 'exportvg'].includes(commandName(s.entry.command)) &&
      words(s.entry.command).includes(goal.copyVg) &&
      mountedIn(s.before).length > 0,
  );
  return {
    title: `No varyoffvg or exportvg of ${goal.copyVg} while its file systems are mounted`,
    failure: fallen
      ? `${where(steps, fallen)}, while ${mountedIn(fallen.before).join(', ')} ${mountedIn(fallen.before).length > 1 ? 'were' : 'was'} mounted: ${fallen.entry.result.exitCode === 0 ? 'it went through' : 'refused'}.`
      : null,
    success: `Every file system of ${goal.copyVg} was unmounted before it was varied off and exported.`,
  };
}

export function rmdevBeforeExportvg({ goal, steps }: GradeContext): ItemResult {
  // A disk of a varied-on VG is busy (0514-062); one of a varied-off VG is deleted but the VG stays in the ODM,
  // naming a disk that is gone, until exportvg.
  const fallen = steps.find((s) => {
    if (commandName(s.entry.command) !== 'rmdev' || !vgNamed(s.before, goal.copyVg)) return false;
    const copyDisks = disksOf(s.before)
      .filter((d) => d.vg === goal.copyVg)
      .map((d) => d.name);
    return words(s.entry.command).some((w) => copyDisks.includes(w));
  });
  return {
    title: `No rmdev of a disk of ${goal.copyVg} before exportvg`,
    failure: fallen ? `${where(steps, fallen)}, while ${goal.copyVg} was still defined.` : null,
    success: `The copy's disks were deleted only once ${goal.copyVg} was exported.`,
  };
}

export function storageRemovedWhileInUse(context: GradeContext): ItemResult {
  const { goal, steps } = context;
  const { luns } = copyBefore(steps[0]?.before ?? context.final, goal.copyVg);
  const held = (picture: Picture) => [
    ...relationshipTargets(picture)
      .filter((t) => luns.includes(t))
      .map((t) => `relationship onto ${t}`),
    ...volumesMappedHere(picture)
      .filter((v) => luns.includes(v))
      .map((v) => `mapping of ${v}`),
  ];
  // The storage pulling a LUN from under a varied-on VG: the LVM meets I/O errors on a VG still in use.
  const fallen = steps.find(
    (s) =>
      vgNamed(s.before, goal.copyVg)?.variedOn === true &&
      held(s.before).some((h) => !held(s.after).includes(h)),
  );
  return {
    title: `The storage keeps ${goal.copyVg}'s LUNs until the host let go of them`,
    failure: fallen
      ? `${where(steps, fallen)} removed ${held(fallen.before)
          .filter((h) => !held(fallen.after).includes(h))
          .join(', ')} while ${goal.copyVg} was varied on.`
      : null,
    success: `The relationships and mappings went only once ${goal.copyVg} was varied off.`,
  };
}
