/**
 * Each built-in scenario can be solved by the procedure docs/procedure.md describes: played through the shell,
 * the right steps reach the goal the scenario states (its `expect`), with consistent file systems.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, invariantViolations, loadScenario, type WorldState, worldState } from '../index';
import { judgeCopy } from '../rehearse/judge';
import { createWorldShell } from '../shell/world-shell';

const L = 'IBM.2107-75ABCD1';
const R = 'IBM.2107-75WXYZ1';

/** datavg frozen (JFS2 freeze) around a FlashCopy consistency group onto LUNs 1200-1201, then thawed. */
const frozenFlashOnto1200 = [
  'sync',
  'chfs -a freeze=60 /data',
  'chfs -a freeze=60 /arch',
  `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1200 1001:1201`,
  `dscli unfreezeflash -dev ${L} 10`,
  'chfs -a freeze=off /data',
  'chfs -a freeze=off /arch',
];

/** Targets configured, then a FlashCopy consistency group of the live source LUNs 1000-1001 onto 1100-1101. */
const liveFlashOnto1100 = [
  'cfgmgr',
  'sync',
  `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
  `dscli unfreezeflash -dev ${L} 10`,
];

/** On the DR host aixdr01, once the storage gave access: datavg imported, checked and mounted. */
const drImported = [
  'importvg -y datavg hdisk1',
  'fsck -y /data',
  'fsck -y /arch',
  'mount /data',
  'mount /arch',
];

/** A DR test on aixdr01: the Metro Mirror frozen, failed over, datavg imported, checked and mounted. */
const mirrorFrozenThenImported = [
  `dscli freezepprc -dev ${L} -remotedev ${R} 10:20`,
  `dscli unfreezepprc -dev ${L} -remotedev ${R} 10:20`,
  `dscli failoverpprc -dev ${R} -remotedev ${L} -type mmir 2000:1000 2001:1001`,
  ...drImported,
];

/**
 * The Global Copy secondaries failed over (after `before`) while tracks are out of sync and imported as they
 * are: both file systems of the copy are damaged.
 */
async function expectFuzzyCopy(name: string, before: string[]) {
  const state = await solve(name, [
    ...before,
    `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
    'importvg -y datavg hdisk1',
    'mount /data',
    'mount /arch',
  ]);
  const verdict = judgeCopy({ sourceVg: 'datavg', copyVg: 'datavg' }, state.start, state);
  expect(verdict.problems).toEqual([
    '/data of datavg is not consistent',
    '/arch of datavg is not consistent',
  ]);
}

/** A line of a solution: one that must succeed, or one the scenario makes fail (an injected fault). */
type Line = string | { fails: string };

/** Runs the lines; each succeeds or fails as it says. Returns the final state, with the state at the start. */
async function solve(name: string, lines: Line[]) {
  const world = await createWorld(name);
  const start = worldState(world);
  const shell = createWorldShell(world);
  for (const line of lines) {
    const typed = typeof line === 'string' ? line : line.fails;
    const result = await shell.run(typed);
    if (typeof line === 'string') expect(result.exitCode, `${name}: ${typed}\n${result.stderr}`).toBe(0);
    else expect(result.exitCode, `${name}: ${typed} should fail`).not.toBe(0);
  }
  expect(invariantViolations(world)).toEqual([]);
  return Object.assign(worldState(world), { start });
}

/**
 * The scenario's goal holds (the one judgement, src/sim/rehearse/judge.ts): the copy VG varied on, its
 * file systems mounted (under the prefix) and consistent, production as it was; and the data usable.
 */
function expectGoal(name: string, state: WorldState & { start: WorldState }) {
  const scenario = loadScenario(name)!;
  const goal = scenario.expect;
  const verdict = judgeCopy(
    { sourceVg: scenario.sourceVg ?? '', copyVg: goal.vg ?? '', mountPrefix: goal.mountedUnder },
    state.start,
    state,
  );
  expect(verdict.problems).toEqual([]);
  expect(verdict.copy.fileSystems.length).toBeGreaterThan(0);
  const vg = state.vgs.find((v) => v.name === goal.vg)!;
  for (const fs of state.fileSystems.filter((f) => f.vg === goal.vg))
    expect(fs.dataOk, `${fs.mountPoint} data`).toBe(true);
  for (const check of vg.applications) expect(check.verdict, check.app).toBe('usable');
}

describe('built-in scenarios are solvable', () => {
  it('metro-mirror-dr: freeze, failover, importvg on the DR host', async () => {
    const state = await solve('metro-mirror-dr', [...mirrorFrozenThenImported]);
    expectGoal('metro-mirror-dr', state);
  });

  /**
   * Global Copy: lspprc -l, wait `seconds` for the tracks to drain, lspprc -l again (Out Of Sync Tracks 0
   * on both pairs: the secondaries hold the primaries of this instant), then suspend, fail over, importvg.
   */
  const drainThenFailover = (seconds: number) => [
    `dscli lspprc -dev ${L} -remotedev ${R} -l 1000:2000 1001:2001`,
    `sleep ${seconds}`,
    `dscli lspprc -dev ${L} -remotedev ${R} -l 1000:2000 1001:2001`,
    `dscli pausepprc -dev ${L} -remotedev ${R} 1000:2000 1001:2001`,
    `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
    'importvg -y datavg hdisk1',
    'mount /data',
    'mount /arch',
  ];

  it('global-mirror: wait for 0 out-of-sync tracks, pause, failover, importvg', async () => {
    expectGoal('global-mirror', await solve('global-mirror', drainThenFailover(30)));
  });

  it('global-mirror: a failover while tracks are out of sync gives a fuzzy copy, and the goal fails', async () => {
    await expectFuzzyCopy('global-mirror', []);
  });

  it('metro-mirror-refresh: old copy exported, paths back, failback, Full Duplex, freeze, failover, importvg', async () => {
    const state = await solve('metro-mirror-refresh', [
      'umount /data',
      'umount /arch',
      'varyoffvg datavg',
      'exportvg datavg',
      // The last test's freezepprc removed the paths: the failback needs them back first.
      `dscli mkpprcpath -dev ${L} -remotedev ${R} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231`,
      `dscli failbackpprc -dev ${L} -remotedev ${R} -type mmir 1000:2000 1001:2001`,
      // Copy Pending until the tracks changed on either side are copied: freeze only at Full Duplex.
      'sleep 1200',
      ...mirrorFrozenThenImported,
    ]);
    expectGoal('metro-mirror-refresh', state);
  });

  it('global-mirror-dr-test: pausegmir, failover, Fast Reverse Restore from the journals, importvg; PRD runs on', async () => {
    const state = await solve('global-mirror-dr-test', [
      `dscli pausegmir -dev ${L} -lss 10 -session 01`,
      `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
      `dscli reverseflash -dev ${R} -fast -tgtpprc 2000:2100 2001:2101`,
      'importvg -y datavg hdisk1',
      'fsck -y /data',
      'fsck -y /arch',
      'mount /data',
      'mount /arch',
    ]);
    expectGoal('global-mirror-dr-test', state);
    // Production untouched: PRD writing on aixprod01, its file systems mounted, before and after.
    const production = (s: WorldState) => {
      const prod = s.hosts.find((h) => h.name === 'aixprod01')!;
      return {
        apps: prod.apps.map((a) => `${a.name} ${a.mode} blocked=${a.blocked}`),
        mounted: prod.fileSystems.filter((f) => f.mounted && f.vg === 'datavg').map((f) => f.mountPoint),
      };
    };
    expect([production(state.start), production(state)]).toEqual([
      { apps: ['PRD normal blocked=false'], mounted: ['/data', '/arch'] },
      { apps: ['PRD normal blocked=false'], mounted: ['/data', '/arch'] },
    ]);
  });

  it('global-mirror-dr-test: a failover without the journals restored gives the fuzzy secondaries, and the goal fails', async () => {
    await expectFuzzyCopy('global-mirror-dr-test', [`dscli pausegmir -dev ${L} -lss 10 -session 01`]);
  });

  it('global-copy-drain: the first pass and the tracks drain, then pause, failover, importvg', async () => {
    expectGoal('global-copy-drain', await solve('global-copy-drain', drainThenFailover(900)));
  });

  it('other-host-importvg: importvg keeps the names on a host without the source', async () => {
    const state = await solve('other-host-importvg', [
      'cfgmgr',
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'importvg -y datavg hdisk1',
      'mount /data',
      'mount /arch',
    ]);
    expectGoal('other-host-importvg', state);
  });

  it('dr-host-refresh: after exportvg no other copy is on the backup host, so importvg keeps the names', async () => {
    const state = await solve('dr-host-refresh', [
      'umount /data',
      'umount /arch',
      'varyoffvg datavg',
      'exportvg datavg',
      `dscli resyncflash -dev ${L} -freeze -record -persist 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'importvg -y datavg hdisk1',
      'fsck -y /data',
      'fsck -y /arch',
      'mount /data',
      'mount /arch',
    ]);
    expectGoal('dr-host-refresh', state);
    expect(state.fileSystems.filter((f) => f.vg === 'datavg').map((f) => [f.mountPoint, f.mounted])).toEqual([
      ['/data', true],
      ['/arch', true],
    ]);
  });

  it('new-target-luns: the old copy retired (exportvg, rmdev -dl, rmflash), then a first copy onto the new LUNs', async () => {
    const state = await solve('new-target-luns', [
      'umount /fs/data',
      'umount /fs/arch',
      'varyoffvg flashcopyvg',
      'exportvg flashcopyvg',
      'rmdev -dl hdisk3',
      'rmdev -dl hdisk4',
      `dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`,
      'cfgmgr',
      ...frozenFlashOnto1200,
      'recreatevg -y flashcopyvg hdisk5 hdisk6',
      'fsck -y /fs/data',
      'fsck -y /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('new-target-luns', state);
    expect(state.vgs.find((v) => v.name === 'flashcopyvg')?.disks).toEqual(['hdisk5', 'hdisk6']);
  });

  it('two-copies: a second copy beside the first, with its own prefixes', async () => {
    const state = await solve('two-copies', [
      'cfgmgr',
      ...frozenFlashOnto1200,
      'recreatevg -y fc2vg -Y fc2 -L /fc2 hdisk5 hdisk6',
      'mount /fc2/data',
      'mount /fc2/arch',
    ]);
    expectGoal('two-copies', state);
    expect(state.fileSystems.filter((f) => f.mountPoint.startsWith('/fc1/')).every((f) => f.mounted)).toBe(
      true,
    );
  });

  it('oracle-backup-mode: begin backup, freeze, flash, thaw, end backup', async () => {
    const world = await createWorld('oracle-backup-mode');
    const start = worldState(world);
    const shell = createWorldShell(world);
    const lines = [
      'cfgmgr',
      "print 'alter database begin backup;' | sqlplus -s / as sysdba",
      'sync',
      'chfs -a freeze=60 /oracle/PRD/data',
      'chfs -a freeze=60 /oracle/PRD/redo',
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'chfs -a freeze=off /oracle/PRD/data',
      'chfs -a freeze=off /oracle/PRD/redo',
      "print 'alter database end backup;' | sqlplus -s / as sysdba",
      'recreatevg -y oracopyvg hdisk3 hdisk4',
      'mount /fs/oracle/PRD/data',
      'mount /fs/oracle/PRD/redo',
    ];
    for (const line of lines) expect((await shell.run(line)).exitCode, line).toBe(0);
    expectGoal('oracle-backup-mode', Object.assign(worldState(world), { start }));
  });

  it('big-vg: recreatevg with all 64 target disks, listed with lspv and awk', async () => {
    const state = await solve('big-vg', [
      'cfgmgr',
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp ${Array.from({ length: 64 }, (_, i) => `${(0x1000 + i).toString(16).toUpperCase()}:${(0x1100 + i).toString(16).toUpperCase()}`).join(' ')}`,
      `dscli unfreezeflash -dev ${L} 10`,
      // The targets were configured before the copy: lspv still shows them without a PVID.
      'recreatevg -y bigcopyvg $(lspv | awk \'$2 == "none" {print $1}\')',
    ]);
    expect(state.vgs.find((v) => v.name === 'bigcopyvg')?.disks).toHaveLength(64);
  });

  it('db2-freeze-thaw: write suspend, freeze, SVC consistency group, thaw, write resume', async () => {
    const state = await solve('db2-freeze-thaw', [
      'cfgmgr',
      "su - db2inst1 -c 'db2 set write suspend for database'",
      'sync',
      'chfs -a freeze=60 /db2/PRD/data',
      'chfs -a freeze=60 /db2/PRD/log',
      'svctask mkfcconsistgrp -name fccg_db2',
      'svctask mkfcmap -source 0 -target 2 -consistgrp fccg_db2 -name fcmap_data',
      'svctask mkfcmap -source 1 -target 3 -consistgrp fccg_db2 -name fcmap_log',
      'svctask startfcconsistgrp -prep fccg_db2',
      'chfs -a freeze=off /db2/PRD/data',
      'chfs -a freeze=off /db2/PRD/log',
      "su - db2inst1 -c 'db2 set write resume for database'",
      'recreatevg -y db2copyvg -L /fc hdisk3 hdisk4',
      'fsck -y /fc/db2/PRD/data',
      'fsck -y /fc/db2/PRD/log',
      'mount /fc/db2/PRD/data',
      'mount /fc/db2/PRD/log',
    ]);
    expectGoal('db2-freeze-thaw', state);
  });

  it('svc-refresh: the group still copying is stopped, prepared before the freeze, started inside it', async () => {
    const state = await solve('svc-refresh', [
      'umount /fs/data',
      'umount /fs/arch',
      'varyoffvg flashcopyvg',
      'exportvg flashcopyvg',
      // Yesterday's background copy of 200 GiB at 2 MiB/s is at 84%: the group cannot be started again.
      { fails: 'svctask startfcconsistgrp -prep fccg_datavg' },
      'svctask stopfcconsistgrp fccg_datavg',
      'svctask prestartfcconsistgrp fccg_datavg',
      // The cache flush of 400 GiB of sources takes 20 seconds, before anything is frozen.
      { fails: 'svctask startfcconsistgrp fccg_datavg' },
      'sleep 20',
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /arch',
      'svctask startfcconsistgrp fccg_datavg',
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /arch',
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
      'fsck -y /fs/data',
      'fsck -y /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('svc-refresh', state);
  });

  it('svc-global-mirror-dr-test: the synchronized group stopped with access, production running', async () => {
    const state = await solve('svc-global-mirror-dr-test', [
      // The aux volumes are configured but unusable while the group runs.
      { fails: 'importvg -y datavg hdisk1' },
      'svcinfo lsrcconsistgrp -delim : rccg_datavg',
      'svctask stoprcconsistgrp -access rccg_datavg',
      ...drImported,
    ]);
    expectGoal('svc-global-mirror-dr-test', state);
  });

  it('svc-freeze-prepare: the group prepared before the freeze, started inside it, the freeze never timing out', async () => {
    const state = await solve('svc-freeze-prepare', [
      'cfgmgr',
      'svctask mkfcconsistgrp -name fccg_datavg',
      'svctask mkfcmap -source 0 -target 2 -name fccg_datavg_m0 -consistgrp fccg_datavg -copyrate 50 -incremental',
      'svctask mkfcmap -source 1 -target 3 -name fccg_datavg_m1 -consistgrp fccg_datavg -copyrate 50 -incremental',
      'svctask prestartfcconsistgrp fccg_datavg',
      // The cache flush of 2000 GiB of sources: 100 seconds, before anything is held.
      'sleep 100',
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /arch',
      'svctask startfcconsistgrp fccg_datavg',
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /arch',
      'recreatevg -y fcdatavg hdisk3 hdisk4',
      'fsck -y /fs/data',
      'fsck -y /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('svc-freeze-prepare', state);
  });

  it('shared-log: both file systems sharing the log frozen, and both LUNs copied together', async () => {
    const state = await solve('shared-log', [
      'cfgmgr',
      'sync',
      'chfs -a freeze=60 /data1',
      'chfs -a freeze=60 /data2',
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'chfs -a freeze=off /data1',
      'chfs -a freeze=off /data2',
      'recreatevg -y sharedcopyvg hdisk3 hdisk4',
      'logredo /dev/fsloglv00',
      'mount /fs/data1',
      'mount /fs/data2',
    ]);
    expectGoal('shared-log', state);
  });

  it('long-lv-names: the logs recreatevg renamed are read from /etc/filesystems and replayed, the inline one on its own LV', async () => {
    const state = await solve('long-lv-names', [
      ...liveFlashOnto1100,
      'recreatevg -y appcopyvg hdisk3 hdisk4',
      // fs + appvg_jfs2log1 and fs + applicationdata pass 15 characters: AIX generated the names.
      'grep -p /fs/data: /etc/filesystems | grep -q "log.*= /dev/loglv00"',
      'logredo /dev/loglv00',
      'logredo /dev/fslv01',
      'fsck -n /fs/data',
      'fsck -n /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('long-lv-names', state);
  });

  it('mountguard-copy: the copy of the guarded /data refuses a plain mount and mounts with -o noguard', async () => {
    const state = await solve('mountguard-copy', [
      ...liveFlashOnto1100,
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
      'fsck -y /fs/data',
      'fsck -y /fs/arch',
      { fails: 'mount /fs/data' },
      'mount -o noguard /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('mountguard-copy', state);
  });

  it('jfs-mounted: JFS has no freeze, so the application stops and the file systems are unmounted', async () => {
    const state = await solve('jfs-mounted', [
      'cfgmgr',
      'appctl stop batch',
      'umount /app',
      'umount /spool',
      `dscli mkflash -dev ${L} -record -persist -nocp 1000:1100 1001:1101`,
      'mount /app',
      'mount /spool',
      'appctl start batch',
      'recreatevg -y appcopyvg hdisk3 hdisk4',
      'mount /fs/app',
      'mount /fs/spool',
    ]);
    expectGoal('jfs-mounted', state);
  });

  it('log-wrap: a freeze before the copy leaves nothing to replay', async () => {
    const state = await solve('log-wrap', [
      'cfgmgr',
      'sleep 50',
      'chfs -a freeze=60 /load',
      `dscli mkflash -dev ${L} -record -persist -nocp 1000:1100`,
      'chfs -a freeze=off /load',
      'recreatevg -y loadcopyvg hdisk2',
      'logredo /dev/fsloglv00',
      'mount /fs/load',
    ]);
    expectGoal('log-wrap', state);
  });

  it('storage-fails-during-copy: production given back when mkflash is refused, then the copy retried', async () => {
    const quiesce = [
      "su - db2inst1 -c 'db2 set write suspend for database'",
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /arch',
    ];
    const giveBack = [
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /arch',
      "su - db2inst1 -c 'db2 set write resume for database'",
    ];
    const mkflash = `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`;
    const state = await solve('storage-fails-during-copy', [
      ...quiesce,
      { fails: mkflash },
      ...giveBack,
      ...quiesce,
      mkflash,
      `dscli unfreezeflash -dev ${L} 10`,
      ...giveBack,
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
      'fsck -y /fs/data /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('storage-fails-during-copy', state);
  });

  it('raw-lv-database: DB2 write suspend and one consistency group over the LUNs of its raw LVs', async () => {
    const state = await solve('raw-lv-database', [
      "su - db2inst1 -c 'db2 set write suspend for database'",
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /arch',
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /arch',
      "su - db2inst1 -c 'db2 set write resume for database'",
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
      'fsck -y /fs/data /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('raw-lv-database', state);
  });

  it('fsck-errors-discard: the damaged copy discarded, the copy taken again with a consistency group', async () => {
    const state = await solve('fsck-errors-discard', [
      { fails: 'fsck -n /fs/data /fs/arch' },
      'varyoffvg flashcopyvg',
      'exportvg flashcopyvg',
      'sync',
      'chfs -a freeze=60 /data',
      'chfs -a freeze=60 /arch',
      `dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`,
      `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
      `dscli unfreezeflash -dev ${L} 10`,
      'chfs -a freeze=off /data',
      'chfs -a freeze=off /arch',
      'recreatevg -y flashcopyvg hdisk3 hdisk4',
      'fsck -y /fs/data /fs/arch',
      'mount /fs/data',
      'mount /fs/arch',
    ]);
    expectGoal('fsck-errors-discard', state);
  });

  it('fsck-errors-discard: the night copy repaired by fsck -y still holds damaged data', async () => {
    // fsck -y makes the metadata consistent; what the batch wrote is still wrong (docs/procedure.md).
    const state = await solve('fsck-errors-discard', ['fsck -y /fs/data /fs/arch']);
    const goal = { sourceVg: 'datavg', copyVg: 'flashcopyvg', copyMounted: false };
    expect(judgeCopy(goal, state.start, state).problems).toEqual([
      '/fs/data of flashcopyvg holds damaged data',
    ]);
    expect(state.fileSystems.find((f) => f.mountPoint === '/fs/data')).toMatchObject({
      consistent: true,
      dataOk: false,
    });
  });
});
