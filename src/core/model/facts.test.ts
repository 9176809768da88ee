import { describe, expect, it } from 'vitest';
import { exampleFacts, runningDb2 } from '../test-support/facts';
import { type Facts, factsSchema } from './facts';
import { emptyFacts } from './sample';

/** The schema's issues for the example facts after `change`, as [field, message]. */
function issues(change: (f: Facts) => void): [string, string][] {
  const result = factsSchema.safeParse(exampleFacts(change));
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('the facts schema gives every string its AIX shape, at its field', () => {
  it('accepts the sample, and the empty values a new runbook holds while the admin types', () => {
    expect(issues(() => {})).toEqual([]);
    const fresh = emptyFacts();
    fresh.sourceVg = exampleFacts().sourceVg;
    fresh.newVg.name = 'fcvg';
    fresh.targets.luns = [{ name: '', sourceDisk: 'hdisk4', storageVolume: '', sourceStorageVolume: '' }];
    fresh.applications = [runningDb2({ name: '' })];
    expect(factsSchema.safeParse(fresh).success).toBe(true);
  });

  it('refuses VG names AIX refuses: the copy, the source and the copy to refresh (moved from the aix-vg-names check)', () => {
    expect(
      issues((f) => {
        f.newVg.name = "fc'vg";
        f.sourceVg.name = 'hdisk7';
        f.mode = 'refresh';
        f.existingCopy = { vgName: '..', disks: [], variedOn: false, mounted: false };
      }),
    ).toEqual([
      ['sourceVg.name', '"hdisk7" uses the reserved device prefix "hdisk" (0516-358): choose another name'],
      [
        'existingCopy.vgName',
        '".." is a directory name, not a device name (it would be /dev/..): choose a name with letters',
      ],
      [
        'newVg.name',
        `"fc'vg" contains characters AIX does not allow in a device name: use only letters, digits, "_", "-" and "."`,
      ],
    ]);
  });

  it('refuses LV names, the LV prefix and logs that are not device names (moved from the aix-lv-names check)', () => {
    expect(
      issues((f) => {
        f.newVg.lvPrefix = 'fc$(reboot)';
        f.sourceVg.lvs[1].name = 'data lv';
        f.sourceVg.fileSystems[0].lv = '.';
        f.sourceVg.fileSystems[0].log = '/dev/loglv00';
      }).map(([field]) => field),
    ).toEqual([
      'sourceVg.lvs.1.name',
      'sourceVg.fileSystems.0.lv',
      'sourceVg.fileSystems.0.log',
      'newVg.lvPrefix',
    ]);
  });

  it('refuses mount points and prefixes with "..", spaces or no leading "/" (moved from the aix-mount-points check)', () => {
    expect(
      issues((f) => {
        f.newVg.mountPrefix = '/fc/..';
        f.sourceVg.fileSystems[1].mountPoint = '/data/../../etc';
        f.sourceVg.lvs[2].mountPoint = '/app data';
      }).map(([field]) => field),
    ).toEqual(['sourceVg.lvs.2.mountPoint', 'sourceVg.fileSystems.1.mountPoint', 'newVg.mountPrefix']);
    expect(
      issues((f) => {
        f.newVg.mountPrefix = '/';
      }),
    ).toEqual([['newVg.mountPrefix', `"/" keeps the source's mount points: choose a prefix such as /fc`]]);
  });

  it('refuses a hostname, disks and storage details that could end a comment or become an option', () => {
    expect(
      issues((f) => {
        f.hostname = 'aixprod01\ntouch /tmp/x';
        f.sourceVg.disks[0].name = 'hdisk4\ntouch /tmp/x';
        f.targets.luns[1].name = '$(reboot)';
        f.targets.luns[2].storageVolume = '-1102';
        if (f.storage) {
          f.storage.svcHost = '-oProxyCommand=touch /tmp/x';
          f.storage.dscliProfile = '-script';
          f.storage.storageImage = 'IBM.2107-75ABCD1;x';
          f.storage.consistencyGroup = '1cg';
        }
      }).map(([field]) => field),
    ).toEqual([
      'hostname',
      'sourceVg.disks.0.name',
      'targets.luns.1.name',
      'targets.luns.2.storageVolume',
      'storage.storageImage',
      'storage.consistencyGroup',
      'storage.dscliProfile',
      'storage.svcHost',
    ]);
  });

  it('refuses a line break in the owner’s commands and a NUL in the host’s inventory', () => {
    expect(
      issues((f) => {
        f.applications = [
          {
            kind: 'other',
            name: 'batch',
            owner: '',
            running: true,
            crashRecoverable: true,
            hotBackupStart: '',
            hotBackupEnd: '',
            stopCommand: 'appctl stop batch\nreboot',
            fileSystems: [],
          },
        ];
        f.host = { lvNames: ['hd4', 'x\u0000'], disks: [{ name: 'hdisk0', description: 'MPIO\u0007' }] };
      }).map(([field]) => field),
    ).toEqual(['applications.0.stopCommand', 'host.disks.0.description', 'host.lvNames.1']);
  });
});
