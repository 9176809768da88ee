import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { asRefresh, asSvcCopy, exampleFacts } from '../test-support/facts';
import { buildPlan } from './build-plan';

function outline(plan: ReturnType<typeof buildPlan>) {
  return plan.steps.map((s) => `${s.phase} ${s.owner} ${s.id}: ${s.commands.join(' ; ')}`);
}

describe('buildPlan', () => {
  it('plans the worked example of docs/procedure.md: LUNs first, unmount, FlashCopy, recreatevg, fsck, mount', () => {
    const plan = buildPlan(exampleFacts());
    expect(plan.access).toEqual({
      method: 'recreatevg',
      reason:
        'recreatevg: the source VG datavg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.',
    });
    expect(outline(plan)).toEqual([
      'prepare storage create-target-luns: ',
      'phase1 aix cfgmgr: lspv ; cfgmgr ; lspv',
      'phase1 aix check-target-disks: lspv | grep -w hdisk10 ; lspv | grep -w hdisk11 ; lspv | grep -w hdisk12',
      'consistency aix unmount-source: umount /data ; umount /app',
      'consistency storage take-copy: mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102',
      'consistency aix remount-source: mount /data ; mount /app',
      'phase2 aix recreatevg: recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix fsck: fsck -y /fc/data ; fsck -y /fc/app',
      'verify aix mount-copy: mount /fc/data ; mount /fc/app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
    ]);
  });

  it('plans a live DB2 copy: write suspend, sync, freeze, consistency group, thaw, write resume, logredo', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.consistency.approach = 'freeze-and-consistency-group';
        f.applications = [
          {
            kind: 'db2',
            name: 'PRD',
            owner: 'db2inst1',
            running: true,
            crashRecoverable: true,
            hotBackupStart: 'db2 set write suspend for database',
            hotBackupEnd: 'db2 set write resume for database',
            fileSystems: [],
          },
        ];
      }),
    );
    expect(outline(plan).slice(3, 11)).toEqual([
      "consistency application hot-backup-start: su - db2inst1 -c 'db2 set write suspend for database'",
      'consistency aix sync: sync',
      'consistency aix freeze: chfs -a freeze=60 /data ; chfs -a freeze=60 /app',
      'consistency storage take-copy: mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102 ; unfreezeflash -dev IBM.2107-75ABCD1 10',
      'consistency aix thaw: chfs -a freeze=off /data ; chfs -a freeze=off /app',
      "consistency application hot-backup-end: su - db2inst1 -c 'db2 set write resume for database'",
      'phase2 aix recreatevg: recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
    ]);
    // /app's log is INLINE: logredo replays it on the file system's own LV.
    expect(plan.steps.find((s) => s.id === 'logredo')?.commands).toEqual([
      'logredo /dev/fcloglv00',
      'logredo /dev/fcapplv',
    ]);
  });

  it('replays the logs where recreatevg must generate the names: the script reads them from /etc/filesystems', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.consistency.approach = 'freeze-and-consistency-group';
        // fc + a 14-character LV name passes AIX's 15 characters: recreatevg generates fslvNN.
        f.sourceVg.lvs = f.sourceVg.lvs.map((lv) =>
          lv.name === 'applv' ? { ...lv, name: 'applicationslv' } : lv,
        );
        f.sourceVg.fileSystems = f.sourceVg.fileSystems.map((fs) =>
          fs.lv === 'applv' ? { ...fs, lv: 'applicationslv' } : fs,
        );
      }),
    );
    expect(plan.steps.find((s) => s.id === 'logredo')).toMatchObject({
      commands: ['logredo /dev/fcloglv00', 'logredo <the log = device of /fc/app in /etc/filesystems>'],
      action: { kind: 'logredo', mountPoints: ['/fc/data', '/fc/app'] },
    });
  });

  it('plans a refresh: the old copy is unmounted, varied off and exported before resyncflash', () => {
    const plan = buildPlan(exampleFacts(asRefresh));
    expect(outline(plan).slice(0, 6)).toEqual([
      'refresh aix unmount-old-copy: lsvg -l flashcopyvg ; umount /fc/data ; umount /fc/app',
      'refresh aix varyoff-old-copy: varyoffvg flashcopyvg',
      'refresh aix export-old-copy: exportvg flashcopyvg',
      'consistency aix unmount-source: umount /data ; umount /app',
      'consistency storage take-copy: resyncflash -dev IBM.2107-75ABCD1 -record -persist 1000:1100 1001:1101 1002:1102',
      'consistency aix remount-source: mount /data ; mount /app',
    ]);
  });

  it('plans a Metro Mirror DR copy on another host: freeze the pairs, fail over, cfgmgr, importvg', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.copy.method = 'metro-mirror';
        f.consistency.approach = 'consistency-group';
        f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
        f.targets.configuredBeforeCopy = false;
        if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
        f.targets.luns = f.targets.luns.map((l, i) => ({
          ...l,
          name: `hdisk${2 + i}`,
          storageVolume: `200${i}`,
        }));
      }),
    );
    expect(plan.access.method).toBe('importvg');
    expect(outline(plan)).toEqual([
      'prepare storage storage-setup: mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231 ; mkpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002',
      'consistency storage wait-for-full-duplex: lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -fmt delim -hdr off -bnr off 1000:2000 1001:2001 1002:2002',
      'consistency aix sync: sync',
      'consistency storage take-copy: freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20 ; unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      'consistency storage failover-secondaries: failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001 2002:1002',
      'phase2 aix cfgmgr-after-copy: lspv ; cfgmgr ; lspv',
      'phase2 aix check-copy-disks: lspv | grep -w hdisk2 ; lspv | grep -w hdisk3 ; lspv | grep -w hdisk4',
      'phase2 aix importvg: importvg -y flashcopyvg hdisk2',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix logredo: logredo /dev/loglv00 ; logredo /dev/applv',
      'verify aix fsck: fsck -y /data ; fsck -y /app',
      'verify aix mount-copy: mount /data ; mount /app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
      // After the DR test the storage admin returns the mirror to normal: paths back, failback, Full Duplex.
      'refresh storage return-mirror: mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231 ; failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:2000 1001:2001 1002:2002 ; lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 1000:2000 1001:2001 1002:2002',
    ]);
    expect(plan.steps[2].action).toEqual({
      kind: 'pause',
      who: 'the AIX admin of the source host',
      commands: ['sync'],
      runnable: false,
    });
  });

  it('plans a Global Copy DR copy: writes stopped, wait for 0 out-of-sync tracks, then pause and fail over', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.copy.method = 'global-copy';
        f.consistency.approach = 'unmount';
        f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
        if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
        f.targets.luns = f.targets.luns.map((l, i) => ({ ...l, storageVolume: `200${i}` }));
      }),
    );
    expect(outline(plan).filter((l) => l.startsWith('consistency'))).toEqual([
      'consistency aix unmount-source: umount /data ; umount /app',
      'consistency storage wait-for-sync: lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -l -fmt delim -hdr off -bnr off 1000:2000 1001:2001 1002:2002',
      'consistency storage take-copy: pausepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 1000:2000 1001:2001 1002:2002',
      'consistency aix remount-source: mount /data ; mount /app',
      'consistency storage failover-secondaries: failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type gcp 2000:1000 2001:1001 2002:1002',
    ]);
    expect(plan.steps.find((s) => s.id === 'wait-for-sync')?.action).toMatchObject({
      kind: 'storage',
      drain: { timeoutSeconds: 3600, intervalSeconds: 60 },
    });
  });

  it('plans an SVC Global Mirror DR test: the synchronized group stopped with access, production untouched', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        asSvcCopy(f);
        f.copy.method = 'global-mirror';
        f.consistency.approach = 'consistency-group';
        f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
        if (f.storage) f.storage.rcConsistencyGroup = 'rccg_datavg';
      }),
    );
    // No sync, freeze, hot-backup or stop on the source: the aux volumes are consistent at every instant.
    expect(outline(plan)).toEqual([
      'phase1 aix cfgmgr: lspv ; cfgmgr ; lspv',
      'phase1 aix check-target-disks: lspv | grep -w hdisk10 ; lspv | grep -w hdisk11 ; lspv | grep -w hdisk12',
      'consistency storage take-copy: lsrcconsistgrp -delim : rccg_datavg ; stoprcconsistgrp -access rccg_datavg',
      'phase2 aix importvg: importvg -y flashcopyvg hdisk10',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix logredo: logredo /dev/loglv00 ; logredo /dev/applv',
      'verify aix fsck: fsck -y /data ; fsck -y /app',
      'verify aix mount-copy: mount /data ; mount /app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
      'refresh storage return-mirror: startrcconsistgrp -primary master -force rccg_datavg ; lsrcconsistgrp -delim : rccg_datavg',
    ]);
    const copy = plan.steps.find((s) => s.id === 'take-copy')!;
    expect(copy.action).toEqual({
      kind: 'storage',
      commands: ['lsrcconsistgrp -delim : rccg_datavg', 'stoprcconsistgrp -access rccg_datavg'],
      cli: ['svctask'],
      rcGroup: { name: 'rccg_datavg', timeoutSeconds: 3600, intervalSeconds: 60 },
    });
    // Should the run stop before the copy VG is defined on the aux volumes, the mirror restarts.
    expect(copy.storageUndo).toEqual({
      undo: {
        title: 'Resume the mirror',
        commands: ['startrcconsistgrp -primary master -force rccg_datavg'],
        action: {
          kind: 'storage',
          commands: ['startrcconsistgrp -primary master -force rccg_datavg'],
          cli: ['svctask'],
        },
        note: undefined,
      },
      until: 'importvg',
      replaced: false,
    });
  });

  it('plans SVC FlashCopy with a consistency group started with -prep', () => {
    const plan = buildPlan(exampleFacts(asSvcCopy));
    expect(plan.steps.find((s) => s.id === 'storage-setup')?.commands).toEqual([
      'mkfcconsistgrp -name fccg_datavg',
      'mkfcmap -source aixprd_d0 -target aixfc_d0 -name fccg_datavg_m0 -consistgrp fccg_datavg -copyrate 50 -incremental',
      'mkfcmap -source aixprd_d1 -target aixfc_d1 -name fccg_datavg_m1 -consistgrp fccg_datavg -copyrate 50 -incremental',
      'mkfcmap -source aixprd_d2 -target aixfc_d2 -name fccg_datavg_m2 -consistgrp fccg_datavg -copyrate 50 -incremental',
    ]);
    expect(plan.steps.find((s) => s.id === 'take-copy')?.commands).toEqual([
      'startfcconsistgrp -prep fccg_datavg',
    ]);
  });

  const svcFacts = (change: (f: Facts) => void = () => {}) =>
    exampleFacts((f) => {
      asSvcCopy(f);
      change(f);
    });

  it('chooses the SVC background copy rate that copies the largest LUN overnight, and says so', () => {
    // 200 GiB LUNs: 28 hours at the default 2 MiB/s, 14 at 4 MiB/s, 7.1 at 8 MiB/s (copyrate 61-70).
    const big = svcFacts((f) => {
      for (const d of f.sourceVg.disks) d.sizeMb = 204800;
    });
    const setup = buildPlan(big).steps.find((s) => s.id === 'storage-setup');
    expect(setup?.commands[1]).toBe(
      'mkfcmap -source aixprd_d0 -target aixfc_d0 -name fccg_datavg_m0 -consistgrp fccg_datavg -copyrate 70 -incremental',
    );
    expect(setup?.why).toBe(
      'The copy relationships must exist before the copy can be taken at one instant. copyrate 70 copies 8 MiB/s per mapping (the SVC table: 50 = 2 MiB/s, each 10 more doubles it): a full background copy of the largest LUN (200.0 GiB) takes about 7.1 hours, within the 8 hours before the next refresh. The copy is usable at once; until the background copy ends the target depends on the source, and an incremental refresh recopies only the changed grains.',
    );
  });

  it('on an SVC refresh, checks the group is idle_or_copied (stopping it where still copying) after the old copy is retired', () => {
    const plan = buildPlan(svcFacts(asRefresh));
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('svc-group-idle')).toBe(ids.indexOf('export-old-copy') + 1);
    expect(plan.steps.find((s) => s.id === 'svc-group-idle')?.action).toEqual({
      kind: 'storage',
      commands: ['lsfcconsistgrp -delim : fccg_datavg', 'stopfcconsistgrp fccg_datavg'],
      cli: ['svctask'],
      svcGroup: { name: 'fccg_datavg', until: 'idle' },
    });
  });

  it('on an SVC refresh without a consistency group, checks each mapping the same way before its start', () => {
    const plan = buildPlan(
      svcFacts((f) => {
        asRefresh(f);
        f.consistency.approach = 'unmount';
      }),
    );
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('svc-maps-idle')).toBe(ids.indexOf('export-old-copy') + 1);
    expect(ids).not.toContain('svc-group-idle');
    expect(plan.steps.find((s) => s.id === 'svc-maps-idle')?.action).toEqual({
      kind: 'storage',
      commands: [
        'lsfcmap -delim : fccg_datavg_m0',
        'stopfcmap fccg_datavg_m0',
        'lsfcmap -delim : fccg_datavg_m1',
        'stopfcmap fccg_datavg_m1',
        'lsfcmap -delim : fccg_datavg_m2',
        'stopfcmap fccg_datavg_m2',
      ],
      cli: ['svctask'],
      svcMaps: { names: ['fccg_datavg_m0', 'fccg_datavg_m1', 'fccg_datavg_m2'] },
    });
    expect(plan.steps.find((s) => s.id === 'take-copy')?.commands).toEqual([
      'startfcmap -prep fccg_datavg_m0',
      'startfcmap -prep fccg_datavg_m1',
      'startfcmap -prep fccg_datavg_m2',
    ]);
  });

  it('with a freeze on SVC, prepares the group before the freeze and starts it without -prep inside it', () => {
    const plan = buildPlan(svcFacts((f) => (f.consistency.approach = 'freeze-and-consistency-group')));
    const ids = plan.steps.map((s) => s.id);
    expect(ids.slice(ids.indexOf('svc-prepare'), ids.indexOf('thaw') + 1)).toEqual([
      'svc-prepare',
      'sync',
      'freeze',
      'take-copy',
      'thaw',
    ]);
    expect(plan.steps.find((s) => s.id === 'svc-prepare')?.commands).toEqual([
      'prestartfcconsistgrp fccg_datavg',
      'lsfcconsistgrp -delim : fccg_datavg',
    ]);
    expect(plan.steps.find((s) => s.id === 'take-copy')?.commands).toEqual(['startfcconsistgrp fccg_datavg']);
  });

  it('under the unsupported fallback, checks read-only with fsck -n after a settle wait', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.consistency = {
          approach: 'unsupported-fallback',
          freezeTimeoutSeconds: 60,
          acknowledgeUnsupported: true,
        };
      }),
    );
    expect(plan.steps.find((s) => s.id === 'sync')?.commands).toEqual(['sync', 'sleep 30']);
    const fsck = plan.steps.find((s) => s.id === 'fsck');
    expect(fsck?.commands).toEqual(['fsck -n /fc/data', 'fsck -n /fc/app']);
    expect(fsck?.onFailure).toBe(
      'Any fsck error: discard the copy (vary it off, export it) and take a new one with unmount, freeze or a consistency group.',
    );
    expect(plan.steps.findIndex((s) => s.id === 'logredo')).toBeLessThan(
      plan.steps.findIndex((s) => s.id === 'mount-copy'),
    );
  });

  it('never plans chdev pv=clear or pv=yes, even when asked', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.chdevPvSteps = true;
      }),
    );
    expect(plan.steps.flatMap((s) => s.commands).filter((c) => c.includes('chdev'))).toEqual([]);
  });
});

describe('buildPlan, duplicate-PVID trap way b (the copy exists, the source is varied off around cfgmgr)', () => {
  const wayB = (change: (f: Facts) => void = () => {}) =>
    buildPlan(
      exampleFacts((f) => {
        f.targets.configuredBeforeCopy = false;
        f.targets.varyOffSourceForCfgmgr = true;
        f.applications = [
          {
            kind: 'other',
            name: 'batch',
            owner: '',
            running: true,
            crashRecoverable: true,
            hotBackupStart: '',
            hotBackupEnd: '',
            stopCommand: 'appctl stop batch',
            startCommand: 'appctl start batch',
            fileSystems: [],
          },
        ];
        change(f);
      }),
    );

  it('takes no new copy, and gives the source back only once recreatevg has given the copy new PVIDs', () => {
    expect(outline(wayB())).toEqual([
      'phase2 application stop-applications-for-cfgmgr: appctl stop batch',
      'phase2 aix unmount-source-for-cfgmgr: lsvg -l datavg ; umount /data ; umount /app',
      'phase2 aix varyoff-source: varyoffvg datavg',
      'phase2 aix cfgmgr-after-copy: lspv ; cfgmgr ; lspv',
      'phase2 aix check-copy-disks: lspv | grep -w hdisk10 ; lspv | grep -w hdisk11 ; lspv | grep -w hdisk12',
      'phase2 aix recreatevg: recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
      'phase2 aix varyon-source: varyonvg datavg',
      'phase2 aix remount-source-after-cfgmgr: mount /data ; mount /app',
      'phase2 application start-applications-after-cfgmgr: appctl start batch',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix fsck: fsck -y /fc/data ; fsck -y /fc/app',
      'verify aix mount-copy: mount /fc/data ; mount /fc/app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'verify application application-check: ',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
    ]);
  });

  it('lets the script run the owner’s commands on this host, and checks the copy disks carry the source PVIDs', () => {
    const steps = wayB().steps;
    expect(steps.find((s) => s.id === 'stop-applications-for-cfgmgr')?.action).toEqual({
      kind: 'pause',
      who: 'the application owner',
      commands: ['appctl stop batch'],
      runnable: true,
    });
    expect(steps.find((s) => s.id === 'unmount-source-for-cfgmgr')?.action).toEqual({
      kind: 'umount',
      mountPoints: ['/data', '/app'],
      vg: 'datavg',
    });
    expect(steps.find((s) => s.id === 'check-copy-disks')?.action).toEqual({
      kind: 'check-targets',
      disks: [
        { name: 'hdisk10', pvid: '00c8d3e4a1b2c3d0' },
        { name: 'hdisk11', pvid: '00c8d3e4a1b2c3d1' },
        { name: 'hdisk12', pvid: '00c8d3e4a1b2c3d2' },
      ],
    });
  });

  it('plans the ordinary way when the source is not varied on, or another copy holds the PVIDs too', () => {
    const ids = (plan: ReturnType<typeof buildPlan>) => plan.steps.map((s) => s.id);
    for (const plan of [
      wayB((f) => {
        f.sourceOnHost.variedOn = false;
      }),
      wayB((f) => {
        f.sourceOnHost.otherCopies = [{ vgName: 'fcvg1', variedOn: true, disks: [] }];
      }),
    ]) {
      expect(ids(plan)).toContain('take-copy');
      expect(ids(plan)).not.toContain('varyoff-source');
    }
  });
});

describe('buildPlan, a source varied off beforehand or on another host', () => {
  const offline = (change: (f: Facts) => void = () => {}) =>
    buildPlan(
      exampleFacts((f) => {
        f.sourceOnHost.variedOn = false;
        change(f);
      }),
    );

  it('a varied-off source has nothing mounted: no unmount or remount, the copy is taken as it stands', () => {
    expect(
      outline(
        offline((f) => {
          f.targets.configuredBeforeCopy = false;
        }),
      ),
    ).toEqual([
      'prepare storage create-target-luns: ',
      'consistency storage take-copy: mkflash -dev IBM.2107-75ABCD1 -record -persist -nocp 1000:1100 1001:1101 1002:1102',
      'phase2 aix cfgmgr-after-copy: lspv ; cfgmgr ; lspv',
      'phase2 aix check-copy-disks: lspv | grep -w hdisk10 ; lspv | grep -w hdisk11 ; lspv | grep -w hdisk12',
      'phase2 aix recreatevg: recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix fsck: fsck -y /fc/data ; fsck -y /fc/app',
      'verify aix mount-copy: mount /fc/data ; mount /fc/app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
    ]);
  });

  it('a refresh with the source varied off retires the old copy and takes the copy without touching the source', () => {
    expect(
      outline(
        offline((f) => {
          asRefresh(f);
        }),
      ).slice(0, 5),
    ).toEqual([
      'refresh aix unmount-old-copy: lsvg -l flashcopyvg ; umount /fc/data ; umount /fc/app',
      'refresh aix varyoff-old-copy: varyoffvg flashcopyvg',
      'refresh aix export-old-copy: exportvg flashcopyvg',
      'consistency storage take-copy: resyncflash -dev IBM.2107-75ABCD1 -record -persist 1000:1100 1001:1101 1002:1102',
      'phase2 aix recreatevg: recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
    ]);
  });

  it('a source on another host is unmounted and mounted there by its admin: the script runs no source step', () => {
    const plan = buildPlan(
      exampleFacts((f) => {
        f.sourceOnHost.present = false;
        f.targets.configuredBeforeCopy = false;
      }),
    );
    const sourceHost = (commands: string[]) => ({
      kind: 'pause',
      who: 'the AIX admin of the source host',
      commands,
      runnable: false,
    });
    expect(plan.steps.map((s) => [s.id, s.action])).toEqual([
      ['create-target-luns', plan.steps[0]?.action],
      ['unmount-source', sourceHost(['umount /data', 'umount /app'])],
      ['take-copy', plan.steps[2]?.action],
      ['remount-source', sourceHost(['mount /data', 'mount /app'])],
      ...plan.steps.slice(4).map((s) => [s.id, s.action]),
    ]);
    expect(outline(plan).slice(4)).toEqual([
      'phase2 aix cfgmgr-after-copy: lspv ; cfgmgr ; lspv',
      'phase2 aix check-copy-disks: lspv | grep -w hdisk10 ; lspv | grep -w hdisk11 ; lspv | grep -w hdisk12',
      'phase2 aix importvg: importvg -y flashcopyvg hdisk10',
      'phase2 aix varyonvg: varyonvg flashcopyvg',
      'verify aix fsck: fsck -y /data ; fsck -y /app',
      'verify aix mount-copy: mount /data ; mount /app',
      'verify aix verify-copy: lsvg -l flashcopyvg ; lspv ; mount',
      'refresh aix next-refresh: umount <each file system of flashcopyvg> ; varyoffvg flashcopyvg ; exportvg flashcopyvg',
    ]);
  });

  it('says how each storage change is put back, and until which step: a freeze until its unfreeze, a mirror until the copy VG is defined', () => {
    const undos = (facts: Facts) =>
      buildPlan(facts).steps.flatMap((s) =>
        s.storageUndo
          ? [
              `${s.id} until ${s.storageUndo.until}${s.storageUndo.replaced ? ' (replaced)' : ''}: ${s.storageUndo.undo.commands.join(' ; ')}`,
            ]
          : [],
      );
    const cg = (f: Facts) => {
      f.consistency.approach = 'consistency-group';
    };
    expect(undos(exampleFacts(cg))).toEqual([
      'take-copy until take-copy: unfreezeflash -dev IBM.2107-75ABCD1 10',
    ]);
    // Without a consistency group nothing is frozen: a FlashCopy leaves production as it was.
    expect(undos(exampleFacts())).toEqual([]);
    const mirror = (approach: Facts['consistency']['approach']) =>
      exampleFacts((f) => {
        f.copy.method = 'metro-mirror';
        f.consistency.approach = approach;
        f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
        f.targets.configuredBeforeCopy = false;
        if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75WXYZ1';
      });
    expect(undos(mirror('consistency-group'))).toEqual([
      'take-copy until failover-secondaries (replaced): unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:11 ; mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 11 I0001:I0101 I0131:I0231 ; resumepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:1100 1001:1101 1002:1102',
      'failover-secondaries until importvg: mkpprcpath -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 11 I0001:I0101 I0131:I0231 ; failbackpprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:1100 1001:1101 1002:1102',
    ]);
    const paused = mirror('unmount');
    if (paused.storage) paused.storage.mirrorSecondary = 'suspend-only';
    expect(undos(paused)).toEqual([
      'take-copy until importvg: resumepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 -type mmir 1000:1100 1001:1101 1002:1102',
    ]);
    // SVC FlashCopy holds no write past startfcconsistgrp: nothing to put back.
    expect(
      undos(
        exampleFacts((f) => {
          cg(f);
          f.copy.storage = 'svc';
        }),
      ),
    ).toEqual([]);
  });
});
