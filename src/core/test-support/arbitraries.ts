/**
 * fast-check generators of runbook facts that pass every check: any VG shape (disks, LVs, file systems,
 * inline or shared logs), any supported consistency approach, first copy or refresh, source on this host
 * or elsewhere, DS8000, SVC or other storage, pauses or the storage CLI.
 */
import fc from 'fast-check';
import { deviceNameProblem } from '../model/aix-names';
import type { Facts } from '../model/facts';
import { exampleFacts } from './facts';

const word = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[a-z][a-z0-9]{${min - 1},${max - 1}}$`));

export const validFacts: fc.Arbitrary<Facts> = fc
  .record({
    diskCount: fc.integer({ min: 1, max: 6 }),
    fsNames: fc.uniqueArray(word(2, 6), { minLength: 0, maxLength: 5 }),
    sharedLog: fc.boolean(),
    approach: fc.constantFrom(
      'unmount',
      'freeze',
      'consistency-group',
      'freeze-and-consistency-group',
      'unsupported-fallback',
    ),
    mode: fc.constantFrom('first', 'refresh'),
    sourcePresent: fc.boolean(),
    storage: fc.constantFrom('ds8000', 'svc', 'other'),
    method: fc.constantFrom('flashcopy', 'metro-mirror', 'global-copy', 'global-mirror'),
    commands: fc.constantFrom('pause', 'cli'),
    // A random word can be a reserved device name (tty, ent0, proc1): those are the check's to refuse.
    vgName: word(3, 12).filter((name) => deviceNameProblem(name) === undefined),
    lvPrefix: word(1, 3),
    mountPrefix: word(1, 5),
    firstTarget: fc.integer({ min: 10, max: 900 }),
    db2Running: fc.boolean(),
  })
  .map((p) =>
    exampleFacts((f) => {
      const disks = Array.from({ length: p.diskCount }, (_, i) => `hdisk${i + 2}`);
      f.sourceVg.name = 'srcvg';
      f.sourceVg.disks = disks.map((name, i) => ({
        name,
        pvid: `00c8d3e4a1b2${(0x1000 + i).toString(16)}`,
        storageVolume: (0x1000 + i).toString(16),
        sizeMb: 1024,
      }));
      f.sourceVg.lvs = [
        { name: 'loglv00', type: 'jfs2log', disks: [disks[0]] },
        ...p.fsNames.map((n, i) => ({
          name: `${n}lv`,
          type: 'jfs2' as const,
          mountPoint: `/${n}`,
          disks: [disks[i % disks.length]],
        })),
      ];
      f.sourceVg.fileSystems = p.fsNames.map((n, i) => ({
        mountPoint: `/${n}`,
        lv: `${n}lv`,
        vfs: 'jfs2' as const,
        log: p.sharedLog || i === 0 ? 'loglv00' : 'INLINE',
        mounted: true,
      }));
      const storage = p.method === 'flashcopy' ? p.storage : 'ds8000';
      f.copy = { method: p.method, storage, expectedStartSeconds: 10 };
      f.targets = {
        configuredBeforeCopy: p.sourcePresent || p.mode === 'refresh',
        luns: disks.map((sourceDisk, i) => ({
          name: `hdisk${p.firstTarget + i}`,
          sourceDisk,
          storageVolume: storage === 'svc' ? `tgt_${i}` : (0x2000 + i).toString(16),
          sourceStorageVolume: storage === 'svc' ? `src_${i}` : (0x1000 + i).toString(16),
          ...(p.method === 'global-mirror' ? { journalVolume: (0x2100 + i).toString(16) } : {}),
        })),
      };
      f.sourceOnHost = { present: p.sourcePresent, variedOn: p.sourcePresent, otherCopies: [] };
      // A Global Mirror refresh is not planned (check global-mirror-refresh): its copies are first copies.
      f.mode = p.method === 'global-mirror' ? 'first' : p.mode;
      f.existingCopy =
        f.mode === 'refresh'
          ? { vgName: p.vgName, disks: f.targets.luns.map((l) => l.name), variedOn: true, mounted: true }
          : undefined;
      f.newVg = { name: p.vgName, lvPrefix: p.lvPrefix, mountPrefix: `/${p.mountPrefix}`, access: 'auto' };
      f.consistency = {
        approach: p.approach,
        freezeTimeoutSeconds: 60,
        acknowledgeUnsupported: p.approach === 'unsupported-fallback',
      };
      f.applications = p.db2Running
        ? [
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
          ]
        : [];
      f.storage = {
        storageImage: 'IBM.2107-75ABCD1',
        remoteStorageImage: 'IBM.2107-75WXYZ1',
        remoteWwnn: '5005076303FFD9A4',
        pprcPorts: 'I0001:I0101 I0131:I0231',
        consistencyGroup: '',
        rcConsistencyGroup: 'rccg_datavg',
        commands: storage === 'other' ? 'pause' : p.commands,
        dscliProfile: '',
        svcHost: '',
        mirrorSecondary: 'failover',
        ...(p.method === 'global-mirror' ? { gmSession: '01', gmMasterLss: '10' } : {}),
      };
    }),
  );
