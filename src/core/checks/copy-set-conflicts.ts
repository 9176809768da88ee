/**
 * The checks across the VGs of a copy set (docs/procedure.md "Copy sets"), beside the checks each VG
 * passes on its own (./index.ts):
 * - a log shared across VGs: AIX keeps a file system's log in its own VG, and each copy is brought up
 *   apart (recreatevg renames the log in its own VG only), so the other copy's stanza names a log it
 *   does not hold;
 * - the way b outage of the duplicate-PVID trap (vary the source off around cfgmgr) is planned for one
 *   VG only;
 * - the copies' names: LVM allows no two VGs of one name, no two LVs of one name and no two file systems
 *   on one mount point on a host (docs/procedure.md "Words"), so the copies of the set must differ from
 *   each other as well as from what the host holds.
 */
import type { Finding } from '../engine-types';
import { copyLayout, copyLvName } from '../model/copy-layout';
import type { CopySetMember } from '../model/copy-set';
import { listNames } from './check';

/** Each name that two VGs' copies would both use, with the later VG that uses it. */
function clashes(members: readonly CopySetMember[], names: (m: CopySetMember) => string[]) {
  const first = new Map<string, string>();
  const found: { name: string; vgs: [string, string]; member: CopySetMember }[] = [];
  for (const m of members) {
    const vg = m.facts.sourceVg.name;
    for (const name of new Set(names(m))) {
      const earlier = first.get(name);
      if (earlier === undefined) first.set(name, vg);
      else found.push({ name, vgs: [earlier, vg], member: m });
    }
  }
  return found;
}

function sharedLogs(members: readonly CopySetMember[]): Finding[] {
  const vgOfLv = new Map<string, string>();
  for (const m of members) for (const lv of m.facts.sourceVg.lvs) vgOfLv.set(lv.name, m.facts.sourceVg.name);
  return members.flatMap((m) => {
    const vg = m.facts.sourceVg.name;
    const logs = new Map<string, string[]>();
    for (const fs of m.facts.sourceVg.fileSystems) {
      const owner = vgOfLv.get(fs.log);
      if (fs.log !== 'INLINE' && owner !== undefined && owner !== vg)
        logs.set(fs.log, [...(logs.get(fs.log) ?? []), fs.mountPoint]);
    }
    return [...logs].map(([log, mountPoints]) => ({
      id: 'copy-set-shared-log',
      severity: 'blocker' as const,
      finding: `${vg}: ${listNames(mountPoints)} log to ${log}, a logical volume of ${vgOfLv.get(log)}.`,
      reason:
        'Each copy of the set is brought up on its own (importvg or recreatevg per VG, recreatevg renaming the logs of its own VG only): the copy of a file system whose log is in another VG finds no log to replay, and logredo and fsck on it fail.',
      fix: `Give ${listNames(mountPoints)} a log inside ${vg} (a jfs2log LV or an inline log) before the copy.`,
      step: 'start' as const,
      field: `${m.fieldPrefix}sourceVg.fileSystems`,
    }));
  });
}

/** Findings across the VGs of a copy set; none for one VG. */
export function copySetConflicts(members: readonly CopySetMember[]): Finding[] {
  if (members.length < 2) return [];
  const layouts = new Map(members.map((m) => [m, copyLayout(m.facts)] as const));
  const vgNames = clashes(members, (m) => [m.facts.newVg.name]);
  const sources = new Set(members.map((m) => m.facts.sourceVg.name));
  const copyOnSource = members.filter((m) => sources.has(m.facts.newVg.name));
  const lvNames = clashes(members, (m) => {
    const layout = layouts.get(m)!;
    return m.facts.sourceVg.lvs.flatMap((lv) => copyLvName(lv.name, layout.access, layout.lvPrefix) ?? []);
  });
  const mountPoints = clashes(members, (m) => layouts.get(m)!.fileSystems.map((f) => f.mountPoint));
  const targets = members[0]!.facts.targets;
  const outage = !targets.configuredBeforeCopy && targets.varyOffSourceForCfgmgr === true;
  return [
    ...(outage
      ? [
          {
            id: 'copy-set-source-outage',
            severity: 'blocker' as const,
            finding: 'The copy set is to be configured by varying its source VGs off around cfgmgr.',
            reason:
              'That outage (way b of the duplicate-PVID trap) is planned for one VG: with several, each source must stay down until its own copy has new PVIDs, which this runbook does not plan.',
            fix: 'Configure the target LUNs before the copy (the preferred way), or make one runbook per VG for a copy that exists already.',
            step: 'phase1' as const,
            field: 'targets.varyOffSourceForCfgmgr',
          },
        ]
      : []),
    ...sharedLogs(members),
    ...vgNames.map(({ name, vgs, member }) => ({
      id: 'copy-set-name-collision',
      severity: 'blocker' as const,
      finding: `The copies of ${vgs[0]} and ${vgs[1]} are both named ${name}.`,
      reason: 'A VG name can be defined only once in the ODM: the second copy cannot be brought up.',
      fix: `Give the copy of ${vgs[1]} a name of its own.`,
      step: 'phase2' as const,
      field: `${member.fieldPrefix}newVg.name`,
    })),
    ...copyOnSource.map((m) => ({
      id: 'copy-set-name-collision',
      severity: 'blocker' as const,
      finding: `The copy of ${m.facts.sourceVg.name} is named ${m.facts.newVg.name}, a source VG of this copy set.`,
      reason: 'A VG name can be defined only once in the ODM: the copy cannot take the name of a source.',
      fix: `Give the copy of ${m.facts.sourceVg.name} a name of its own.`,
      step: 'phase2' as const,
      field: `${m.fieldPrefix}newVg.name`,
    })),
    ...lvNames.map(({ name, vgs, member }) => ({
      id: 'copy-set-name-collision',
      severity: 'blocker' as const,
      finding: `The copies of ${vgs[0]} and ${vgs[1]} would both hold an LV named ${name}.`,
      reason: 'LVM allows no two LVs of one name on a host: recreatevg or importvg of the second copy fails.',
      fix: `Give the copy of ${vgs[1]} another LV prefix (-Y).`,
      step: 'phase2' as const,
      field: `${member.fieldPrefix}newVg.lvPrefix`,
    })),
    ...mountPoints.map(({ name, vgs, member }) => ({
      id: 'copy-set-name-collision',
      severity: 'blocker' as const,
      finding: `The copies of ${vgs[0]} and ${vgs[1]} would both mount a file system at ${name}.`,
      reason:
        'Two file systems cannot share a mount point: one copy would hide the other, and /etc/filesystems cannot hold the stanza twice.',
      fix: `Give the copy of ${vgs[1]} another mount-point prefix (-L).`,
      step: 'phase2' as const,
      field: `${member.fieldPrefix}newVg.mountPrefix`,
    })),
  ];
}
