import { describe, expect, it } from 'vitest';
import { asRefresh, exampleFacts, runningDb2, withLogVg } from '../test-support/facts';
import { writeChecklistMarkdown } from '../write/checklist-markdown';
import { writeScript } from '../write/ksh-script';
import { writeStorageScript } from '../write/storage-script';
import { evaluate } from '../engine';
import { buildPlan } from './build-plan';

/** DB2 with its data in datavg and its logs in logvg, copied live: one consistency group, one freeze. */
const db2Set = () =>
  exampleFacts((f) => {
    withLogVg(f);
    f.consistency.approach = 'freeze-and-consistency-group';
    f.applications = [
      runningDb2({
        hotBackupStart: 'db2 "set write suspend for database"',
        hotBackupEnd: 'db2 "set write resume for database"',
      }),
    ];
  });

const options = { generatedAt: '2026-12-06T11:00:00Z', version: '1.0.0' };

describe('the plan of a copy set: one instant for all VGs, then each copy on its own', () => {
  it('takes one consistency group, one freeze and one hot-backup window over both VGs', () => {
    const plan = buildPlan(db2Set());
    expect(plan.steps.map((s) => [s.id, s.title, s.commands])).toEqual([
      ['create-target-luns', 'Create the target LUNs and map them to the host', []],
      ['cfgmgr', 'Configure the target LUNs (cfgmgr)', ['lspv', 'cfgmgr', 'lspv']],
      [
        'check-target-disks',
        'Check the target disks',
        [
          'lspv | grep -w hdisk10',
          'lspv | grep -w hdisk11',
          'lspv | grep -w hdisk12',
          'lspv | grep -w hdisk13',
        ],
      ],
      [
        'hot-backup-start',
        'Put the applications in hot-backup mode',
        [`su - db2inst1 -c 'db2 "set write suspend for database"'`],
      ],
      ['sync', 'Flush the cache', ['sync']],
      [
        'freeze',
        'Freeze the JFS2 file systems for at most 60 seconds',
        ['chfs -a freeze=60 /data', 'chfs -a freeze=60 /app', 'chfs -a freeze=60 /db2log'],
      ],
      [
        'take-copy',
        'Take the copy of all LUNs as one consistency group',
        [
          'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102 1003:1103',
          'unfreezeflash -dev IBM.2107-75ABCD1 10',
        ],
      ],
      [
        'thaw',
        'Thaw the file systems',
        ['chfs -a freeze=off /data', 'chfs -a freeze=off /app', 'chfs -a freeze=off /db2log'],
      ],
      ['hot-backup-end', 'End hot-backup mode', [`su - db2inst1 -c 'db2 "set write resume for database"'`]],
      [
        'recreatevg',
        'Re-create the copy as flashcopyvg (recreatevg)',
        ['recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12'],
      ],
      ['varyonvg', 'Vary on flashcopyvg', ['varyonvg flashcopyvg']],
      [
        'logredo',
        'Replay the logs of the copy (logredo): flashcopyvg',
        ['logredo /dev/fcloglv00', 'logredo /dev/fcapplv'],
      ],
      [
        'fsck',
        'Check the file systems of the copy (fsck): flashcopyvg',
        ['fsck -y /fc/data', 'fsck -y /fc/app'],
      ],
      ['mount-copy', 'Mount the file systems of flashcopyvg', ['mount /fc/data', 'mount /fc/app']],
      ['verify-copy', 'Verify flashcopyvg and the source', ['lsvg -l flashcopyvg', 'lspv', 'mount']],
      [
        'recreatevg-logcopyvg',
        'Re-create the copy as logcopyvg (recreatevg)',
        ['recreatevg -y logcopyvg -Y fc -L /fc hdisk13'],
      ],
      ['varyonvg-logcopyvg', 'Vary on logcopyvg', ['varyonvg logcopyvg']],
      ['logredo-logcopyvg', 'Replay the logs of the copy (logredo): logcopyvg', ['logredo /dev/fcloglv01']],
      ['fsck-logcopyvg', 'Check the file systems of the copy (fsck): logcopyvg', ['fsck -y /fc/db2log']],
      ['mount-copy-logcopyvg', 'Mount the file systems of logcopyvg', ['mount /fc/db2log']],
      ['verify-copy-logcopyvg', 'Verify logcopyvg and the source', ['lsvg -l logcopyvg', 'lspv', 'mount']],
      ['application-check', 'Check the application data on the copy', []],
      [
        'next-refresh',
        'Next refresh of flashcopyvg',
        ['umount <each file system of flashcopyvg>', 'varyoffvg flashcopyvg', 'exportvg flashcopyvg'],
      ],
      [
        'next-refresh-logcopyvg',
        'Next refresh of logcopyvg',
        ['umount <each file system of logcopyvg>', 'varyoffvg logcopyvg', 'exportvg logcopyvg'],
      ],
    ]);
  });

  it('gives each VG its own reason for recreatevg, and says why the copy takes the whole set', () => {
    const plan = buildPlan(db2Set());
    const why = (id: string) => plan.steps.find((s) => s.id === id)?.why;
    expect([why('recreatevg'), why('recreatevg-logcopyvg'), why('take-copy')]).toEqual([
      'recreatevg: the source VG datavg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.',
      'recreatevg: the source VG logvg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.',
      'A consistency group copies every LUN of the VG (file systems and logs) at the same instant, so the image is one point in time. Every LUN of datavg and logvg is copied in this one step: a database whose data and logs are in different VGs is consistent on the copy only if all of them are taken at the same instant.',
    ]);
  });

  it('names the set in the script, the checklist and the storage script, and preflights every VG', () => {
    const facts = db2Set();
    const plan = buildPlan(facts);
    const script = writeScript(facts, plan, options);
    expect(script.split('\n').slice(1, 12)).toEqual([
      '# vgcopy 1.0.0: bring up the copies of volume groups datavg and logvg as flashcopyvg and logcopyvg, copied at one instant',
      '# generated 2026-12-06T11:00:00Z for host aixprod01',
      '# not reviewed',
      '#',
      '# Copy method:   FlashCopy on DS8000; first copy',
      '# Consistency:   freeze-and-consistency-group',
      '# Access:        recreatevg (flashcopyvg), recreatevg (logcopyvg)',
      '# Source disks:  hdisk4 hdisk5 hdisk6 hdisk7',
      '# Target disks:  hdisk10 hdisk11 hdisk12 hdisk13',
      '# Mount points:  /fc/data /fc/app /fc/db2log',
      '# Storage part:  the script pauses for the storage admin (see the storage script)',
    ]);
    expect(script.split('\n').filter((l) => l.includes('preflight: the source VG'))).toEqual([
      "  vg_defined 'datavg' || die 2 'preflight: the source VG datavg is not defined on this host, as the plan expects; nothing was changed'",
      "  vg_active 'datavg' || die 2 'preflight: the source VG datavg is not varied on, as the plan expects; nothing was changed'",
      "  vg_defined 'logvg' || die 2 'preflight: the source VG logvg is not defined on this host, as the plan expects; nothing was changed'",
      "  vg_active 'logvg' || die 2 'preflight: the source VG logvg is not varied on, as the plan expects; nothing was changed'",
    ]);
    expect(writeChecklistMarkdown(facts, plan, options).split('\n')[0]).toBe(
      '# Checklist: copies of datavg and logvg as flashcopyvg and logcopyvg',
    );
    expect(writeStorageScript(facts, plan, options).split('\n')[0]).toBe(
      '# vgcopy 1.0.0: storage part of the copies of datavg and logvg as flashcopyvg and logcopyvg',
    );
  });
});

describe('the refresh of a copy set', () => {
  /** The set's copies from the last run, both up and mounted. */
  const refreshedSet = () =>
    exampleFacts((f) => {
      withLogVg(f);
      asRefresh(f);
      f.moreVgs[0]!.existingCopy = { vgName: 'logcopyvg', disks: ['hdisk13'], variedOn: true, mounted: true };
    });

  it('unmounts, varies off and exports every VG’s old copy before the copy is taken again', () => {
    const plan = buildPlan(refreshedSet());
    expect(plan.steps.filter((s) => s.phase === 'refresh').map((s) => [s.id, s.title, s.commands])).toEqual([
      [
        'unmount-old-copy',
        'Unmount the file systems of the old copy flashcopyvg',
        ['lsvg -l flashcopyvg', 'umount /fc/data', 'umount /fc/app'],
      ],
      ['varyoff-old-copy', 'Vary off the old copy flashcopyvg', ['varyoffvg flashcopyvg']],
      ['export-old-copy', 'Export the old copy flashcopyvg', ['exportvg flashcopyvg']],
      [
        'unmount-old-copy-logcopyvg',
        'Unmount the file systems of the old copy logcopyvg',
        ['lsvg -l logcopyvg', 'umount /fc/db2log'],
      ],
      ['varyoff-old-copy-logcopyvg', 'Vary off the old copy logcopyvg', ['varyoffvg logcopyvg']],
      ['export-old-copy-logcopyvg', 'Export the old copy logcopyvg', ['exportvg logcopyvg']],
    ]);
    // Both old copies are gone before the one copy of the set is taken again.
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('export-old-copy-logcopyvg')).toBeLessThan(ids.indexOf('take-copy'));
  });

  it('names both old copies in the script and checks each is in the ODM before it is exported', () => {
    const facts = refreshedSet();
    const script = writeScript(facts, buildPlan(facts), options);
    expect(script.split('\n').find((l) => l.startsWith('# Copy method:'))).toBe(
      '# Copy method:   FlashCopy on DS8000; refresh of flashcopyvg and logcopyvg',
    );
    expect(script.split('\n').filter((l) => l.includes('preflight: the copy to refresh'))).toEqual([
      "  if ! step_done 'export-old-copy'; then vg_defined 'flashcopyvg' || die 2 'preflight: the copy to refresh, flashcopyvg, is not in the ODM; nothing was changed'; fi",
      "  if ! step_done 'export-old-copy-logcopyvg'; then vg_defined 'logcopyvg' || die 2 'preflight: the copy to refresh, logcopyvg, is not in the ODM; nothing was changed'; fi",
    ]);
  });

  it('blocks a set’s refresh that does not say what the further VG’s old copy is', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      asRefresh(f);
    });
    expect(
      evaluate(facts, options)
        .findings.filter((f) => f.id === 'refresh-without-export')
        .map((f) => f.field),
    ).toEqual(['moreVgs.0.existingCopy.vgName']);
  });
});
