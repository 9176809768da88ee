/**
 * docs/procedure.md "cfgmgr and duplicate PVIDs", way b: the copy already carries the source's PVIDs, and cfgmgr
 * will not configure a disk whose PVID a varied-on VG holds. So the source goes down around cfgmgr:
 * stop what uses it, unmount, varyoffvg, cfgmgr, check the copy disks, recreatevg (new PVIDs for the
 * copy), and only then vary the source on again, mount it and restart what uses it. Varying the source on
 * before recreatevg would leave two Available disks with one PVID, which AIX tolerates only briefly
 * (varyonvg may then report the PV as DUPPVID).
 */
import { mountedSourceFileSystems } from '../model/copy-layout';
import { mountOrder } from '../model/mount-order';
import type { Facts } from '../model/facts';
import { runningApplications } from './steps-consistency';
import { step } from './step';
import type { ActionStep } from './types';

/** Stop the applications, unmount the source's file systems and vary the source off, before cfgmgr. */
export function sourceOffSteps(facts: Facts): ActionStep[] {
  const src = facts.sourceVg.name;
  const { apps, appNames, stops, appHere } = runningApplications(facts);
  const mps = mountOrder(
    'umount',
    mountedSourceFileSystems(facts).map((f) => f.mountPoint),
  );
  return [
    ...(apps.length > 0
      ? [
          step({
            id: 'stop-applications-for-cfgmgr',
            phase: 'phase2',
            owner: 'application',
            title: `Stop ${appNames.join(', ')} for the outage of ${src}`,
            commands: stops,
            expect: 'The application is down and has closed its files.',
            verify: 'fuser -cu on its file systems lists no process.',
            why: `${src} is varied off so that cfgmgr can configure the copy disks carrying its PVIDs; its file systems must be unmounted first, so what uses them must stop.`,
            onFailure: `Do not go on: ${src} cannot be varied off while the application holds its files.`,
            action: {
              kind: 'pause',
              who: 'the application owner',
              commands: stops,
              runnable: appHere(stops),
            },
            undoneBy: 'start-applications-after-cfgmgr',
          }),
        ]
      : []),
    step({
      id: 'unmount-source-for-cfgmgr',
      phase: 'phase2',
      owner: 'aix',
      title: `Unmount the file systems of ${src}`,
      commands: [`lsvg -l ${src}`, ...mps.map((m) => `umount ${m}`)],
      expect: 'Each umount returns silently.',
      verify: `lsvg -l ${src} shows every LV closed.`,
      why: 'varyoffvg needs every LV of the VG closed; a mounted file system keeps its LV open.',
      onFailure:
        'umount says busy (0506-349): fuser -cu MOUNTPOINT shows who still uses it; stop them and repeat.',
      action: { kind: 'umount', mountPoints: mps, vg: src },
      ...(mps.length > 0 ? { undoneBy: 'remount-source-after-cfgmgr' } : {}),
    }),
    step({
      id: 'varyoff-source',
      phase: 'phase2',
      owner: 'aix',
      title: `Vary off ${src} for cfgmgr`,
      commands: [`varyoffvg ${src}`],
      expect: 'No output.',
      verify: `lsvg -o does not list ${src}.`,
      why: `While ${src} is varied on, cfgmgr leaves every disk carrying one of its PVIDs Defined: the copy disks carry them.`,
      onFailure:
        '0516-012 means an LV is still open (a file system, paging space or raw user): close it and repeat.',
      action: { kind: 'varyoffvg', vg: src },
      undoneBy: 'varyon-source',
    }),
  ];
}

/** Once the copy has new PVIDs: vary the source on again, mount it and restart the applications. */
export function sourceBackSteps(facts: Facts): ActionStep[] {
  const src = facts.sourceVg.name;
  const { apps, appNames, starts, appHere } = runningApplications(facts);
  const mps = mountOrder(
    'mount',
    mountedSourceFileSystems(facts).map((f) => f.mountPoint),
  );
  return [
    step({
      id: 'varyon-source',
      phase: 'phase2',
      owner: 'aix',
      title: `Vary on ${src} again`,
      commands: [`varyonvg ${src}`],
      expect: 'No output: the copy disks have their own PVIDs now, so every PV of the source is found once.',
      verify: `lsvg -o lists ${src}; lspv shows its disks with their PVIDs, active.`,
      why: 'recreatevg has given the copy new PVIDs: the source and the copy can both be varied on.',
      onFailure: `A PV shown as DUPPVID or missing: check with lspv that the copy disks are in the copy VG, then varyonvg ${src} again.`,
      action: { kind: 'varyonvg', vg: src },
    }),
    ...(mps.length > 0
      ? [
          step({
            id: 'remount-source-after-cfgmgr',
            phase: 'phase2',
            owner: 'aix',
            title: `Mount the file systems of ${src} again`,
            commands: mps.map((m) => `mount ${m}`),
            expect: 'Each mount returns silently.',
            verify: `mount lists ${mps.join(', ')}.`,
            why: 'The source goes back into service as it was.',
            onFailure: 'Read the mount message (0506-324) and fix it before starting the application.',
            action: { kind: 'mount', mountPoints: mps },
          }),
        ]
      : []),
    ...(apps.length > 0
      ? [
          step({
            id: 'start-applications-after-cfgmgr',
            phase: 'phase2',
            owner: 'application',
            title: `Start ${appNames.join(', ')} again`,
            commands: starts,
            expect: 'The application runs on the source.',
            verify: 'The application owner confirms it serves again.',
            why: `The outage of ${src} ends here.`,
            onFailure: 'Follow the application’s own recovery procedure.',
            action: {
              kind: 'pause',
              who: 'the application owner',
              commands: starts,
              runnable: appHere(starts),
            },
          }),
        ]
      : []),
  ];
}
