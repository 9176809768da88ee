import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { sharedLogPartlyCopied } from './shared-log-partly-copied';

/** /data and /app share loglv00 on hdisk4; /app lives on hdisk6. */
function sharedLog(copyHdisk6: boolean) {
  return contextFor((f) => {
    f.sourceVg.fileSystems[1].log = 'loglv00';
    if (!copyHdisk6) f.targets.luns = f.targets.luns.filter((l) => l.sourceDisk !== 'hdisk6');
  });
}

describe('shared-log-partly-copied', () => {
  it('passes when every file system of the shared log is copied', () => {
    expect(sharedLogPartlyCopied.run(sharedLog(true))).toEqual([]);
  });

  it('blocks a shared log whose file systems are not all copied', () => {
    expect(sharedLogPartlyCopied.run(sharedLog(false))).toEqual([
      {
        id: 'shared-log-partly-copied',
        severity: 'blocker',
        finding: '/data and /app share the log loglv00, but /app is not copied.',
        reason:
          'File systems that share one log must all be copied together; otherwise replaying the log on the copy touches a file system it does not hold.',
        fix: 'Copy the disks of /app too, or give each file system its own or an inline log.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });
});
