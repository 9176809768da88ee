/**
 * After the copy VG is active: logredo on the copy's logs and fsck of its file systems (docs/procedure.md live
 * copy steps 9-10; importvg's man page asks for fsck before mounting too). Under the unsupported fallback
 * the full fsck is a read-only check and any error means the copy must be discarded. logredo fails on a
 * log wrap: the source's log must be made larger and the copy taken again.
 */
import { type CopyFileSystem, type CopyLayout, guardedCopyFileSystems } from '../model/copy-layout';
import { mountOrder } from '../model/mount-order';
import type { Facts } from '../model/facts';
import { step } from './step';
import type { ActionStep } from './types';

/**
 * The device logredo replays for one file system of the copy, as far as the plan can name it: its outer
 * log, or the file system's own LV where the log is INLINE (logredo replays an inline log on the file
 * system's device). Where recreatevg must generate a name (prefix + name over 15 characters) the
 * checklist says where to read it; the script reads every one from /etc/filesystems.
 */
function logredoTarget(fs: CopyFileSystem): string {
  const device = fs.log === 'INLINE' ? fs.lv : fs.log;
  return device ? `/dev/${device}` : `<the log = device of ${fs.mountPoint} in /etc/filesystems>`;
}

export function checkCopySteps(facts: Facts, layout: CopyLayout): ActionStep[] {
  const steps: ActionStep[] = [];
  const fallback = facts.consistency.approach === 'unsupported-fallback';
  const mps = layout.fileSystems.map((f) => f.mountPoint);
  if (layout.live && mps.length > 0)
    steps.push(
      step({
        id: 'logredo',
        phase: 'verify',
        owner: 'aix',
        title: 'Replay the logs of the copy (logredo)',
        commands: [...new Set(layout.fileSystems.map(logredoTarget))].map((device) => `logredo ${device}`),
        expect: 'logredo reports log redo processing and returns 0.',
        verify: 'Exit code 0 for each log.',
        why: 'A copy of mounted file systems is a crash image: replaying its logs, inline ones included, brings the file systems to a consistent state. The log devices are read from the stanzas recreatevg wrote in /etc/filesystems, not guessed: AIX generates a name where the prefixed one would pass 15 characters.',
        onFailure:
          'A log wrap means the log cannot make the file system consistent: enlarge the source’s log and take the copy again. Other logredo errors need IBM service.',
        action: { kind: 'logredo', mountPoints: mps },
      }),
    );
  if (mps.length > 0)
    steps.push(
      step({
        id: 'fsck',
        phase: 'verify',
        owner: 'aix',
        title: fallback ? 'Full fsck of the copy, read-only' : 'Check the file systems of the copy (fsck)',
        commands: mps.map((m) => `fsck ${fallback ? '-n' : '-y'} ${m}`),
        expect: 'Every file system ends with "File system is clean."',
        verify: 'No "FIX?" question, no repair, exit code 0.',
        why: fallback
          ? 'Under the unsupported fallback the copy must not be mounted until a full fsck has passed: any fsck error means the copy must not be used.'
          : 'fsck before the first mount of a copy finds damage before the application sees it.',
        onFailure: fallback
          ? 'Any fsck error: discard the copy (vary it off, export it) and take a new one with unmount, freeze or a consistency group.'
          : 'Repairs mean the copy was not consistent: discard it and take it again with a better consistency approach.',
        action: { kind: 'fsck', mountPoints: mps, checkOnly: fallback },
      }),
    );
  return steps;
}

/**
 * mountguard (AIX 7.1+): the copy of a guarded file system taken while mounted carries the source's
 * "mounted" mark, and AIX refuses to mount it (0506-365), here or on another host. IBM's override for one
 * mount is `mount -o noguard`; it leaves the attribute as the source has it (a copy that may itself serve
 * under PowerHA keeps its guard), where `chfs -a mountguard=no` would turn it off on the copy for good.
 * The copy's own umount then clears the mark, so later mounts need no override.
 */
function mountCommand(mountPoint: string, guarded: ReadonlySet<string>): string {
  return guarded.has(mountPoint) ? `mount -o noguard ${mountPoint}` : `mount ${mountPoint}`;
}

export function mountCopySteps(facts: Facts, layout: CopyLayout): ActionStep[] {
  const vg = facts.newVg.name;
  // A file system mounted over another of the copy needs that one mounted first.
  const mps = mountOrder(
    'mount',
    layout.fileSystems.map((f) => f.mountPoint),
  );
  if (mps.length === 0) return [];
  const guarded = new Set(guardedCopyFileSystems(facts, layout).map((f) => f.mountPoint));
  return [
    step({
      id: 'mount-copy',
      phase: 'verify',
      owner: 'aix',
      title: `Mount the file systems of ${vg}`,
      commands: mps.map((m) => mountCommand(m, guarded)),
      expect: 'Each mount returns silently.',
      verify: `mount lists ${mps.join(', ')}.`,
      why: 'The copy is checked; its file systems are mounted at their own mount points, beside the source’s.',
      onFailure:
        '0506-342 (superblock dirty) means fsck did not run or did not finish: run fsck -y on it first.',
      action: { kind: 'mount', mountPoints: mps, ...(guarded.size > 0 ? { noGuard: [...guarded] } : {}) },
    }),
  ];
}

export function verifyStep(facts: Facts, layout: CopyLayout): ActionStep {
  const vg = facts.newVg.name;
  const mps = layout.fileSystems.map((f) => f.mountPoint);
  return step({
    id: 'verify-copy',
    phase: 'verify',
    owner: 'aix',
    title: `Verify ${vg} and the source`,
    commands: [`lsvg -l ${vg}`, 'lspv', 'mount'],
    expect: `${vg} is varied on with its file systems mounted at ${mps.join(', ') || 'their mount points'}; ${facts.sourceVg.name} is unchanged.`,
    verify: 'No disk appears twice with one PVID in lspv.',
    why: 'AIX tolerates duplicate PVIDs only briefly: the copy must have its own PVIDs before both are used.',
    onFailure:
      'A duplicate PVID left in lspv means the copy did not get new PVIDs: vary it off before using either VG.',
    action: { kind: 'verify-copy', vg, disks: layout.targets.map((t) => t.name), mountPoints: mps },
  });
}

/** The applications' own check of their data on the copy (of every VG of a copy set): one step. */
export function applicationCheckSteps(facts: Facts): ActionStep[] {
  const apps = facts.applications.filter((a) => a.kind !== 'none');
  if (apps.length === 0) return [];
  return [
    step({
      id: 'application-check',
      phase: 'verify',
      owner: 'application',
      title: 'Check the application data on the copy',
      commands: [],
      expect: 'The application opens its data on the copy and its own checks pass.',
      verify: 'The application owner signs off the copy.',
      why: 'Only the application can tell whether its data on the copy is usable (crash recovery, backup mode).',
      onFailure: 'Discard the copy and take it again, with the application stopped if need be.',
      action: { kind: 'manual' },
    }),
  ];
}

/** Next time: the refresh cycle, for the checklist of a first copy. */
export function nextRefreshStep(facts: Facts): ActionStep {
  const vg = facts.newVg.name;
  return step({
    id: 'next-refresh',
    phase: 'refresh',
    owner: 'aix',
    title: `Next refresh of ${vg}`,
    commands: [`umount <each file system of ${vg}>`, `varyoffvg ${vg}`, `exportvg ${vg}`],
    expect: `${vg} is gone from lsvg; its disks stay configured and carry the next copy.`,
    verify: 'Plan the refresh in vgcopy (mode: refresh) before the next copy.',
    why: 'A VG name already in the ODM cannot be defined again: the old copy is exported before recreatevg runs on the refreshed disks.',
    onFailure: 'Do not take a new copy onto disks of a varied-on VG.',
    action: { kind: 'manual' },
  });
}

/**
 * After a DR test on failed-over mirror secondaries: the storage admin returns the mirror to normal once the
 * test is over and the copy VG is exported on the DR host (a failback under a VG the host still uses would
 * overwrite its disks). After a freeze the paths come back first (freezepprc removed them), then the pairs
 * fail back from the primary and resynchronise until lspprc shows them Full Duplex again.
 */
export function returnMirrorStep(facts: Facts, commands: string[]): ActionStep {
  const vg = facts.newVg.name;
  // Global Mirror: the failback resyncs the Global Copy pairs, the journals are made again (the fast
  // reverse restore ended them), and consistency groups form again once the pairs' first pass is done.
  const gm = facts.copy.method === 'global-mirror';
  return step({
    id: 'return-mirror',
    phase: 'refresh',
    owner: 'storage',
    title: gm
      ? 'Return Global Mirror to normal after the DR test'
      : 'Return the mirror to normal after the DR test',
    commands,
    expect: gm
      ? 'CMUC00197I failbackpprc for each pair, CMUC00137I mkflash for each journal, CMUC00164I resumegmir.'
      : 'Each command reports success; lspprc on the primary shows the pairs Copy Pending, then Full Duplex once the resync pass is done.',
    verify: gm
      ? 'lssession shows every volume Active once the first pass is done; showgmir shows Copy State Running and a CG Time that moves on.'
      : 'lspprc shows every pair Full Duplex, reason -; the DR host sees the secondaries unreadable again.',
    why: `Until the failback the secondaries are the DR test's disks and production is not mirrored: no DR copy exists. Run it only when the test is over and ${vg} is exported on the DR host.`,
    onFailure:
      'A "no path" error: re-create the PPRC paths (mkpprcpath) with the site ports from lspprcpath and repeat; the failback resends only the changed tracks.',
    action: { kind: 'manual' },
  });
}
