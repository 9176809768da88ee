/**
 * docs/procedure.md "Consistency of the copy": unmount before the copy (best), or for a running application
 * that recovers from crashes: hot-backup mode, sync, JFS2 freeze, the copy of all LUNs at one instant
 * (consistency group), thaw, end of hot-backup. The unsupported fallback quiesces, syncs and waits.
 * Steps on the source's file systems run on this host when the source is here, else they are a pause
 * for the admin of the source host.
 */
import {
  type CopyLayout,
  isMirror,
  mountedSourceFileSystems,
  openRawLvs,
  usesConsistencyGroup,
  usesFreeze,
} from '../model/copy-layout';
import { setLabel } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { mountOrder } from '../model/mount-order';
import { ownerCommands } from './as-owner';
import { step } from './step';
import { svcPrepareStep } from './steps-svc';
import type { StorageProcedure } from './storage';
import { svcGlobalMirror } from './storage/svc-mirror';
import type { ActionStep, StepAction, StorageUndo } from './types';

/** Seconds the unsupported fallback waits after sync before the copy starts (docs/procedure.md: "wait a while"). */
const fallbackSettleSeconds = 30;

/** Runs on this host, or becomes a pause for the source host's admin. */
function onSourceHost(facts: Facts, action: StepAction, commands: string[]): StepAction {
  return facts.sourceOnHost.present
    ? action
    : { kind: 'pause', who: 'the AIX admin of the source host', commands, runnable: false };
}

/**
 * The undo of a storage step, run where the script runs the storage CLI. A mirror taken for the copy stays
 * so once the copy VG is defined on its secondaries (`accessId`, recreatevg or importvg): from then on the
 * copy is in use, and a resume would copy the primary's tracks over the disks of a VG the host knows.
 */
export function storageUndo(
  proc: StorageProcedure,
  title: string,
  commands: string[],
  until: string,
  note?: string,
  replaced?: boolean,
): StorageUndo | undefined {
  if (commands.length === 0) return undefined;
  return {
    undo: { title, commands, action: { kind: 'storage', commands, cli: proc.cliPrefix }, note },
    until,
    replaced,
  };
}

function copyUndo(facts: Facts, proc: StorageProcedure | undefined, accessId: string) {
  if (!proc) return undefined;
  const cg = usesConsistencyGroup(facts);
  if (!isMirror(facts))
    // Until the copy step's own unfreezeflash: then nothing is frozen.
    return storageUndo(
      proc,
      'End the consistency-group freeze of the source LSSs',
      proc.copyUndo,
      'take-copy',
      "if it cannot be run, the freeze ends by itself at the LSS's consistency-group timeout (the Timeout column of lsflash); host writes to the source wait until then",
    );
  // The failover's record replaces this one as it starts: its failback also resumes pairs only suspended,
  // and a resumepprc after the failback would find them mirroring already.
  const release = proc.release.length > 0;
  return storageUndo(
    proc,
    cg && !proc.rcGroup ? 'Release the frozen writes and resume the mirror' : 'Resume the mirror',
    proc.copyUndo,
    release ? 'failover-secondaries' : accessId,
    undefined,
    release,
  );
}

/**
 * freezepprc names LSS pairs, not volumes: every pair from the source LSS to the target LSS is suspended and
 * the pair's paths are removed, whichever VG or host the other pairs belong to (docs/aix-behaviour.md 18.9).
 */
function freezeScope(commands: string[]): string {
  const freeze = commands.find((c) => c.startsWith('freezepprc '));
  if (!freeze) return '';
  const lssPairs = freeze.split(' ').filter((w) => /^[^-].*:/.test(w));
  return ` Warning: freezepprc acts on the whole LSS pair (${lssPairs.join(', ')}): every Metro Mirror pair between those LSSs is suspended and their PPRC paths removed, not only this VG's; other volumes mirrored there are frozen too, so agree the time with their owners.`;
}

/** A copy set's LUNs are all in this one copy: what a database spread over the VGs needs. */
function setNote(facts: Facts): string {
  return facts.moreVgs.length === 0
    ? ''
    : ` Every LUN of ${setLabel(facts)} is copied in this one step: a database whose data and logs are in different VGs is consistent on the copy only if all of them are taken at the same instant.`;
}

function copyStep(
  facts: Facts,
  layout: CopyLayout,
  proc: StorageProcedure | undefined,
  accessId: string,
): ActionStep {
  const mirror = isMirror(facts);
  const cg = usesConsistencyGroup(facts);
  const what = mirror
    ? `Suspend the mirror${cg ? ' as one consistency group' : ''}`
    : `Take the copy${cg ? ' of all LUNs as one consistency group' : ''}`;
  const commands = proc?.copy ?? [];
  const texts = proc?.copyTexts;
  return step({
    id: 'take-copy',
    phase: 'consistency',
    owner: 'storage',
    title: texts?.title ?? what,
    commands,
    expect:
      texts?.expect ??
      (proc
        ? `Every command reports success (${proc.cliName}).`
        : `The copy of all ${layout.targets.length} LUNs is started with the storage's own tools.`),
    verify:
      texts?.verify ??
      (mirror
        ? 'lspprc shows the pairs Suspended.'
        : 'The relationships are established (lsflash / lsfcconsistgrp shows them copying or copied).'),
    why:
      texts?.why ??
      (cg
        ? `A consistency group copies every LUN of the VG (file systems and logs) at the same instant, so the image is one point in time.${mirror && proc ? freezeScope(commands) : ''}${setNote(facts)}`
        : `The copy is the point-in-time image of the source LUNs.${setNote(facts)}`),
    onFailure:
      'The script undoes what it changed on the source, newest first (docs/failure-safety.md); fix the storage error and run the script again.',
    action: proc
      ? {
          kind: 'storage',
          commands,
          cli: proc.cliPrefix,
          ...(proc.rcGroup
            ? {
                rcGroup: {
                  name: proc.rcGroup,
                  timeoutSeconds: rcSyncTimeoutSeconds,
                  intervalSeconds: drainIntervalSeconds,
                },
              }
            : {}),
        }
      : { kind: 'pause', who: 'the storage admin', commands, runnable: false },
    storageUndo: copyUndo(facts, proc, accessId),
  });
}

/** Seconds the script waits at most for a Global Copy mirror to drain, and between two lspprc -l. */
const drainTimeoutSeconds = 3600;
const drainIntervalSeconds = 60;
/** Seconds the script waits at most for an SVC remote copy group still inconsistent_copying to synchronize. */
const rcSyncTimeoutSeconds = 3600;

/**
 * Global Copy: wait until lspprc -l shows 0 Out Of Sync Tracks on every pair, after the writes to the
 * primaries stopped and before the pairs are suspended (a secondary suspended with tracks out of sync is
 * fuzzy: no copy taken from it is consistent).
 */
function drainStep(proc: StorageProcedure | undefined): ActionStep[] {
  if (!proc?.drainCheck) return [];
  const commands = [proc.drainCheck];
  return [
    step({
      id: 'wait-for-sync',
      phase: 'consistency',
      owner: 'storage',
      title: 'Wait until the mirror has no out-of-sync tracks',
      commands,
      expect: `lspprc -l shows 0 in the Out Of Sync Tracks column of every pair, within ${drainTimeoutSeconds / 60} minutes.`,
      verify: 'Every pair still shows Copy Pending, Global Copy, with 0 out-of-sync tracks.',
      why: 'Global Copy sends the changed tracks in no order: until the last one has arrived the secondaries are fuzzy, and a copy suspended then is not consistent. With the writes stopped, the tracks drain.',
      onFailure:
        'Tracks still out of sync at the timeout: something still writes to the primaries (lspprc -l again shows the count growing), or the links are slow. Find the writer; the script undoes its changes and a rerun waits again.',
      action: {
        kind: 'storage',
        commands,
        cli: proc.cliPrefix,
        drain: { timeoutSeconds: drainTimeoutSeconds, intervalSeconds: drainIntervalSeconds },
      },
    }),
  ];
}

/**
 * Seconds the script waits at most for a Metro Mirror to reach Full Duplex after its failback, and between
 * two lspprc: a failback after a DR test copies every track changed on either side, which on a busy
 * volume group takes longer than a drain with the writes stopped.
 */
const fullDuplexTimeoutSeconds = 7200;
const fullDuplexIntervalSeconds = 60;

/**
 * Metro Mirror: wait until lspprc shows every pair Full Duplex before the freeze (a pair frozen while still
 * Copy Pending leaves a fuzzy secondary): after a refresh's failback, and on a first copy too, where the
 * pairs resynchronise after an undo resumed them (a rerun) or after a suspension by someone else. Like the
 * drain, never recorded as done: a rerun waits again until the copy is taken.
 */
export function fullDuplexStep(
  proc: StorageProcedure | undefined,
  phase: 'refresh' | 'consistency',
): ActionStep[] {
  if (!proc?.fullDuplexCheck) return [];
  const commands = [proc.fullDuplexCheck];
  return [
    step({
      id: 'wait-for-full-duplex',
      phase,
      owner: 'storage',
      title: 'Wait until every mirror pair is Full Duplex',
      commands,
      expect: `lspprc shows Full Duplex in the State column of every pair, within ${fullDuplexTimeoutSeconds / 60} minutes.`,
      verify: 'Every pair shows Full Duplex, Metro Mirror.',
      why: 'A failback or a resume (the undo of an earlier run) resynchronises in the background (Copy Pending) until every changed track is on the secondaries; a freeze before Full Duplex leaves fuzzy secondaries, and no copy taken from them is consistent.',
      onFailure:
        'A pair Suspended: the failback did not take (lspprc -l shows the reason; check the paths with lspprcpath). Still Copy Pending at the timeout: the links are slow or down (lspprc -l shows the out-of-sync tracks). A rerun waits again.',
      action: {
        kind: 'storage',
        commands,
        cli: proc.cliPrefix,
        drain: {
          timeoutSeconds: fullDuplexTimeoutSeconds,
          intervalSeconds: fullDuplexIntervalSeconds,
          until: 'full-duplex',
        },
      },
    }),
  ];
}

/** Mirrors: the failover that makes the secondaries usable by the host once the copy is taken. */
export function releaseStep(proc: StorageProcedure, accessId: string): ActionStep {
  return step({
    id: 'failover-secondaries',
    phase: 'consistency',
    owner: 'storage',
    title: 'Fail over the mirror secondaries',
    commands: proc.release,
    expect: 'Each pair is reported as successfully reversed.',
    verify: 'lspprc on the secondary box shows the pairs Suspended, reason Host Source.',
    why: 'A mirror secondary is usable by the host only after failover: before it, reads fail and recreatevg cannot write new PVIDs.',
    onFailure:
      'Check that the pairs are suspended and the -dev/-remotedev ids are the right way round (secondary first).',
    action: { kind: 'storage', commands: proc.release, cli: proc.cliPrefix },
    storageUndo: storageUndo(proc, 'Fail the mirror back to the primary', proc.releaseUndo, accessId),
  });
}

/** The running applications on the source, their names and their owner's stop and start commands. */
export function runningApplications(facts: Facts) {
  const apps = facts.applications.filter((a) => a.kind !== 'none' && a.running);
  return {
    apps,
    appNames: apps.map((a) => a.name || a.kind),
    // The owner's own stop/start commands where given; the pause then shows (and can run) them.
    stops: ownerCommands(apps, 'stopCommand'),
    starts: ownerCommands(apps, 'startCommand'),
    // The application runs beside the source VG: the script may run its owner's commands only there.
    appHere: (commands: readonly unknown[]) => facts.sourceOnHost.present && commands.length > 0,
  };
}

export function consistencySteps(
  facts: Facts,
  layout: CopyLayout,
  proc: StorageProcedure | undefined,
  accessId: string,
): ActionStep[] {
  const steps: ActionStep[] = [];
  const { apps, appNames, stops, starts, appHere } = runningApplications(facts);
  const mounted = mountedSourceFileSystems(facts);
  const approach = facts.consistency.approach;
  // SVC Global Mirror's aux volumes are consistent at every instant (write order kept): a DR test stops the
  // group without quiescing, freezing or stopping anything of production. With no method chosen yet
  // (question-unanswered blocks the script), the plan shows the copy alone: neither an unmount nor a
  // freeze of production the admin has not agreed to.
  if (approach === null || (svcGlobalMirror(facts) && approach !== 'unmount'))
    return [copyStep(facts, layout, proc, accessId)];

  if (approach === 'unmount') {
    if (apps.length > 0)
      steps.push(
        step({
          id: 'stop-applications',
          phase: 'consistency',
          owner: 'application',
          title: `Stop ${appNames.join(', ')}`,
          commands: stops,
          expect: 'The application is down and has closed its files.',
          verify: 'fuser -cu on its file systems lists no process.',
          why: 'Unmounting flushes the cache, and an application must be stopped before its file systems can be unmounted.',
          onFailure:
            'Do not copy while it runs: a copy of a running application that is not crash-safe is unusable.',
          action: { kind: 'pause', who: 'the application owner', commands: stops, runnable: appHere(stops) },
          undoneBy: 'start-applications',
        }),
      );
    const mps = mounted.map((f) => f.mountPoint);
    const unmounts = mountOrder('umount', mps).map((m) => `umount ${m}`);
    const mounts = mountOrder('mount', mps).map((m) => `mount ${m}`);
    if (mps.length > 0)
      steps.push(
        step({
          id: 'unmount-source',
          phase: 'consistency',
          owner: 'aix',
          title: `Unmount the file systems of ${setLabel(facts)}`,
          commands: unmounts,
          expect: 'Each umount returns silently.',
          verify: `mount lists none of ${mps.join(', ')}.`,
          why: 'Unmounting before the copy is the best consistency: it flushes the cache, so the copy holds every write.',
          onFailure: 'umount says busy (0506-349): fuser -cu MOUNTPOINT shows who still uses it.',
          action: onSourceHost(facts, { kind: 'umount', mountPoints: mountOrder('umount', mps) }, unmounts),
          undoneBy: 'remount-source',
        }),
      );
    steps.push(...drainStep(proc), copyStep(facts, layout, proc, accessId));
    if (mps.length > 0)
      steps.push(
        step({
          id: 'remount-source',
          phase: 'consistency',
          owner: 'aix',
          title: `Mount the file systems of ${setLabel(facts)} again`,
          commands: mounts,
          expect: 'Each mount returns silently.',
          verify: `mount lists ${mps.join(', ')}.`,
          why: 'The copy is taken; the source goes back into service.',
          onFailure: 'Read the mount message (0506-324) and fix it before starting the application.',
          action: onSourceHost(facts, { kind: 'mount', mountPoints: mountOrder('mount', mps) }, mounts),
        }),
      );
    if (apps.length > 0)
      steps.push(
        step({
          id: 'start-applications',
          phase: 'consistency',
          owner: 'application',
          title: `Start ${appNames.join(', ')} again`,
          commands: starts,
          expect: 'The application runs on the source.',
          verify: 'The application owner confirms it serves again.',
          why: 'The copy is taken; downtime ends here.',
          onFailure: 'Follow the application’s own recovery procedure.',
          action: {
            kind: 'pause',
            who: 'the application owner',
            commands: starts,
            runnable: appHere(starts),
          },
        }),
      );
  } else {
    // Before hot-backup mode and the freeze: the cache flush takes its time while nothing is held.
    steps.push(...svcPrepareStep(facts, proc));
    const fallback = approach === 'unsupported-fallback';
    const backup = ownerCommands(apps, 'hotBackupStart');
    if (backup.length > 0 || (fallback && apps.length > 0))
      steps.push(
        step({
          id: 'hot-backup-start',
          phase: 'consistency',
          owner: 'application',
          title: fallback ? 'Quiesce the applications' : 'Put the applications in hot-backup mode',
          commands: backup,
          expect: 'The database confirms the mode (e.g. write suspend, begin backup).',
          verify: 'The application owner confirms before the AIX admin goes on.',
          why: 'Hot-backup or quiesced mode makes the application’s recovery on the copy quick and safe.',
          onFailure: 'Do not go on with a live copy; stop the application and unmount instead.',
          action: {
            kind: 'pause',
            who: 'the application owner',
            commands: backup,
            runnable: appHere(backup),
          },
          undoneBy: 'hot-backup-end',
        }),
      );
    steps.push(
      step({
        id: 'sync',
        phase: 'consistency',
        owner: 'aix',
        title: fallback ? `Flush the cache and wait ${fallbackSettleSeconds} seconds` : 'Flush the cache',
        commands: fallback ? ['sync', `sleep ${fallbackSettleSeconds}`] : ['sync'],
        expect: 'No output.',
        verify: 'The command returns.',
        why: 'sync pushes the kernel cache to disk before the copy; it may miss files still being written.',
        onFailure: 'Repeat; sync does not fail on a healthy system.',
        action: onSourceHost(
          facts,
          { kind: 'sync', waitSeconds: fallback ? fallbackSettleSeconds : 0 },
          fallback ? ['sync', `sleep ${fallbackSettleSeconds}`] : ['sync'],
        ),
      }),
    );
    const frozen = mounted.filter((f) => f.vfs === 'jfs2').map((f) => f.mountPoint);
    const timeout = facts.consistency.freezeTimeoutSeconds;
    const raw = openRawLvs(facts).map((lv) => lv.name);
    // Freeze acts on file systems only: the plan must not let it look like it protects raw LVs.
    const rawNote =
      raw.length === 0
        ? ''
        : ` It does not cover the raw LVs ${raw.join(', ')}: the application's hot-backup mode and the consistency group make those consistent.`;
    if (usesFreeze(facts) && frozen.length > 0)
      steps.push(
        step({
          id: 'freeze',
          phase: 'consistency',
          owner: 'aix',
          title: `Freeze the JFS2 file systems for at most ${timeout} seconds`,
          commands: frozen.map((m) => `chfs -a freeze=${timeout} ${m}`),
          expect: 'No output; writers to these file systems wait.',
          verify: 'The command returns 0 for each file system.',
          why: `A frozen JFS2 file system has flushed data and metadata and stays still until the thaw: the best option short of unmounting.${rawNote}`,
          onFailure:
            'The script thaws what it froze; check the AIX level (freeze needs 5.3 ML1 or 5.2 with IY66043).',
          action: onSourceHost(
            facts,
            { kind: 'freeze', mountPoints: frozen, timeoutSeconds: timeout },
            frozen.map((m) => `chfs -a freeze=${timeout} ${m}`),
          ),
          undoneBy: 'thaw',
        }),
      );
    steps.push(...drainStep(proc), copyStep(facts, layout, proc, accessId));
    if (usesFreeze(facts) && frozen.length > 0)
      steps.push(
        step({
          id: 'thaw',
          phase: 'consistency',
          owner: 'aix',
          title: 'Thaw the file systems',
          commands: frozen.map((m) => `chfs -a freeze=off ${m}`),
          expect: 'No output; waiting writers go on.',
          verify: 'The command returns 0 for each file system.',
          why: 'The copy is started; thaw at once rather than waiting for the timeout (which also writes an error-log entry).',
          onFailure: 'The freeze ends by itself when the timeout runs out.',
          action: onSourceHost(
            facts,
            { kind: 'thaw', mountPoints: frozen },
            frozen.map((m) => `chfs -a freeze=off ${m}`),
          ),
        }),
      );
    const ends = ownerCommands(apps, 'hotBackupEnd');
    if (ends.length > 0 || (fallback && apps.length > 0))
      steps.push(
        step({
          id: 'hot-backup-end',
          phase: 'consistency',
          owner: 'application',
          title: fallback ? 'Resume the applications' : 'End hot-backup mode',
          commands: ends,
          expect: 'The database confirms normal operation.',
          verify: 'The application owner confirms.',
          why: 'The copy is taken; the application goes back to normal.',
          onFailure: 'Follow the database’s own procedure to leave backup mode.',
          action: {
            kind: 'pause',
            who: 'the application owner',
            commands: ends,
            runnable: appHere(ends),
          },
        }),
      );
  }
  if (proc && proc.release.length > 0) steps.push(releaseStep(proc, accessId));
  return steps;
}
