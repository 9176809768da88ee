import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { copyMountPointShadows } from './copy-mount-point-shadows';

describe('copy-mount-point-shadows', () => {
  it('passes the copy under its own prefix (/fc/data, /fc/app)', () => {
    expect(copyMountPointShadows.run(contextFor())).toEqual([]);
  });

  it('blocks a prefix that puts the copy over a live file system of the system (/var/data hides nothing, /var itself would)', () => {
    const ctx = contextFor((f) => {
      f.newVg.mountPrefix = '/var';
      f.sourceVg.fileSystems[1].mountPoint = '/adm/ras';
    });
    expect(copyMountPointShadows.run(ctx)).toEqual([
      {
        id: 'copy-mount-point-shadows',
        severity: 'blocker',
        finding:
          "The copy's mount points /var/adm/ras (over /var/adm/ras/livedump) would hide a live file system or land in a system directory.",
        reason:
          'Mounting the copy on or above a mount point of the source or of the system hides the live file system from everything that runs; inside /etc, /dev or the system’s command directories it would mix the copy with the operating system.',
        fix: 'Choose a mount-point prefix (-L) of its own, outside the system directories, e.g. /fc.',
        step: 'phase2',
        field: 'newVg.mountPrefix',
      },
    ]);
  });

  it('blocks a copy mounted on or above the source’s own mount points, where the source is on this host', () => {
    const ctx = contextFor((f) => {
      f.newVg.mountPrefix = '/fc';
      f.sourceVg.fileSystems[0].mountPoint = '/fc/app';
      f.sourceVg.fileSystems[1].mountPoint = '/app';
    });
    expect(copyMountPointShadows.run(ctx).map((f) => f.finding)).toEqual([
      "The copy's mount points /fc/app (over /fc/app) would hide a live file system or land in a system directory.",
    ]);
  });

  it('blocks a copy inside the system directories: /etc, /dev and the commands and libraries of /usr', () => {
    const ctx = contextFor((f) => {
      f.newVg.mountPrefix = '/etc';
      f.sourceVg.fileSystems[1].mountPoint = '/lib/app';
    });
    expect(copyMountPointShadows.run(ctx).map((f) => f.finding)).toEqual([
      "The copy's mount points /etc/data (in /etc) and /etc/lib/app (in /etc) would hide a live file system or land in a system directory.",
    ]);
  });

  it('importvg on another host keeps the source’s mount points: /usr/sap/PRD is allowed, /usr/lib/x and /home are not', () => {
    const elsewhere = (mountPoint: string) =>
      contextFor((f) => {
        f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
        f.targets.configuredBeforeCopy = false;
        f.sourceVg.fileSystems[0].mountPoint = mountPoint;
      });
    expect(copyMountPointShadows.run(elsewhere('/usr/sap/PRD'))).toEqual([]);
    expect(copyMountPointShadows.run(elsewhere('/data'))).toEqual([]);
    expect(
      copyMountPointShadows.run(elsewhere('/usr/lib/x')).map((f) => [f.finding, f.fix, f.field]),
    ).toEqual([
      [
        "The copy's mount points /usr/lib/x (in /usr/lib) would hide a live file system or land in a system directory.",
        'importvg keeps the source’s mount points: use recreatevg with a mount-point prefix (-L), e.g. /fc.',
        'newVg.access',
      ],
    ]);
    expect(copyMountPointShadows.run(elsewhere('/home')).map((f) => f.finding)).toEqual([
      "The copy's mount points /home (over /home) would hide a live file system or land in a system directory.",
    ]);
  });
});
