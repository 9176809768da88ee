/**
 * Facts for the engine's tests: the worked example of docs/procedure.md (datavg on hdisk4-6 copied by DS8000
 * FlashCopy onto hdisk10-12 configured before the copy), changed per test with a function.
 */
import { copyLayout } from '../model/copy-layout';
import type { Application, Facts } from '../model/facts';
import { ds8000Storage, sampleFacts } from '../model/sample';
import type { CheckContext } from '../checks/check';

/** The sample runbook, complete with storage details, after `change` edits a copy of it. */
export function exampleFacts(change: (f: Facts) => void = () => {}): Facts {
  const f = sampleFacts();
  f.storage = ds8000Storage({ remoteWwnn: '5005076303FFD9A4', pprcPorts: 'I0001:I0101 I0131:I0231' });
  change(f);
  return f;
}

/** Makes the example a refresh of flashcopyvg, yesterday's copy on hdisk10-12, varied on and mounted. */
export function asRefresh(f: Facts): void {
  f.mode = 'refresh';
  f.existingCopy = {
    vgName: 'flashcopyvg',
    disks: ['hdisk10', 'hdisk11', 'hdisk12'],
    variedOn: true,
    mounted: true,
  };
}

/** Makes the example an SVC FlashCopy of aixprd_d0-2 onto aixfc_d0-2 with a consistency group. */
export function asSvcCopy(f: Facts): void {
  f.copy.storage = 'svc';
  f.consistency.approach = 'consistency-group';
  f.targets.luns = f.targets.luns.map((l, i) => ({
    ...l,
    storageVolume: `aixfc_d${i}`,
    sourceStorageVolume: `aixprd_d${i}`,
  }));
}

/** The context a check runs in, for the example facts after `change`. */
export function contextFor(change: (f: Facts) => void = () => {}): CheckContext {
  const facts = exampleFacts(change);
  return { facts, layout: copyLayout(facts) };
}

/** Who usually runs each kind of application's commands: DB2's instance owner, Oracle's software owner. */
const usualOwner: Record<Application['kind'], string> = {
  db2: 'db2inst1',
  oracle: 'oracle',
  other: '',
  none: '',
};

/**
 * A running, crash-recoverable application on the source, run by its usual owner, without hot-backup
 * commands unless `change` gives them.
 */
export function runningApplication(
  kind: Application['kind'],
  name: string,
  change: Partial<Application> = {},
): Application {
  return {
    kind,
    name,
    owner: usualOwner[kind],
    running: true,
    crashRecoverable: true,
    hotBackupStart: '',
    hotBackupEnd: '',
    fileSystems: [],
    ...change,
  };
}

/** A running DB2 database PRD that recovers from a crash. */
export const runningDb2 = (change: Partial<Application> = {}) => runningApplication('db2', 'PRD', change);

/** DB2 as the wizard's preset adds it before its database name is typed: DBNAME stands in the commands. */
export const db2WithoutName: Application = runningDb2({
  name: '',
  hotBackupStart: 'db2 connect to DBNAME && db2 set write suspend for database',
  hotBackupEnd: 'db2 connect to DBNAME && db2 set write resume for database',
});

/**
 * Makes the example a copy set: datavg and logvg (hdisk7, its own jfs2 log, /db2log), copied together
 * onto hdisk10-13; logvg's copy is logcopyvg under the same prefixes.
 */
export function withLogVg(f: Facts): void {
  f.moreVgs.push({
    sourceVg: {
      name: 'logvg',
      type: 'scalable',
      disks: [{ name: 'hdisk7', pvid: '00c8d3e4a1b2c3e0', storageVolume: '1003', sizeMb: 20480 }],
      lvs: [
        { name: 'loglv01', type: 'jfs2log', disks: ['hdisk7'] },
        { name: 'db2loglv', type: 'jfs2', mountPoint: '/db2log', disks: ['hdisk7'] },
      ],
      fileSystems: [{ mountPoint: '/db2log', lv: 'db2loglv', vfs: 'jfs2', log: 'loglv01', mounted: true }],
    },
    newVg: { name: 'logcopyvg', lvPrefix: 'fc', mountPrefix: '/fc', access: 'auto' },
  });
  f.targets.luns.push({
    name: 'hdisk13',
    sourceDisk: 'hdisk7',
    storageVolume: '1103',
    sourceStorageVolume: '1003',
  });
}
