/**
 * Nested mount points (/app and /app/data below it), listed child first: the plan unmounts the child before
 * its parent and mounts the parent before the child, on the source, on the copy and on the old copy of a
 * refresh, and the script so ordered reaches its goal in the twin, where AIX's refusals are simulated
 * (src/sim/commands/umount-nested.test.ts shows the wrong order failing there).
 */
import { describe, expect, it } from 'vitest';
import type { Facts } from './model/facts';
import { sampleFacts } from './model/sample';
import { asRefresh } from './test-support/facts';
import { rehearseInTwin } from './test-support/rehearse-in-twin';

/** The sample with datalv mounted at /app/data, inside /app, and listed before it. */
function nestedFacts(change: (f: Facts) => void = () => {}): Facts {
  const f = sampleFacts();
  f.sourceVg.lvs = f.sourceVg.lvs.map((lv) =>
    lv.mountPoint === '/data' ? { ...lv, mountPoint: '/app/data' } : lv,
  );
  f.sourceVg.fileSystems = f.sourceVg.fileSystems.map((fs) =>
    fs.mountPoint === '/data' ? { ...fs, mountPoint: '/app/data' } : fs,
  );
  change(f);
  return f;
}

/** The plan's mount and umount commands, step by step. */
function mountCommands(plan: Awaited<ReturnType<typeof rehearseInTwin>>['plan']) {
  return plan.steps
    .filter((s) => s.action.kind === 'mount' || s.action.kind === 'umount')
    .map((s) => [s.id, s.commands.filter((c) => /^u?mount /.test(c))]);
}

const TIMEOUT = 60_000;

describe('nested mount points, rehearsed in the twin', () => {
  it(
    'unmounts /app/data before /app and mounts /app before /app/data, source and copy, and reaches the goal',
    async () => {
      const { run, after, plan } = await rehearseInTwin(nestedFacts());
      expect([run.stderr, run.exitCode]).toEqual(['', 0]);
      expect(mountCommands(plan)).toEqual([
        ['unmount-source', ['umount /app/data', 'umount /app']],
        ['remount-source', ['mount /app', 'mount /app/data']],
        ['mount-copy', ['mount /fc/app', 'mount /fc/app/data']],
      ]);
      expect(run.stdout.match(/\+ u?mount \S+/g)).toEqual([
        '+ umount /app/data',
        '+ umount /app',
        '+ mount /app',
        '+ mount /app/data',
        '+ mount /fc/app',
        '+ mount /fc/app/data',
      ]);
      expect(
        after.fileSystems
          .filter((f) => f.vg === 'datavg' || f.vg === 'flashcopyvg')
          .map(({ mountPoint, mounted, hiddenUnder }) => ({ mountPoint, mounted, hiddenUnder })),
      ).toEqual([
        { mountPoint: '/app/data', mounted: true },
        { mountPoint: '/app', mounted: true },
        { mountPoint: '/fc/app/data', mounted: true },
        { mountPoint: '/fc/app', mounted: true },
      ]);
    },
    TIMEOUT,
  );

  it(
    'a refresh unmounts the old copy child first too',
    async () => {
      const { run, plan } = await rehearseInTwin(nestedFacts(asRefresh));
      expect([run.stderr, run.exitCode]).toEqual(['', 0]);
      expect(mountCommands(plan)[0]).toEqual(['unmount-old-copy', ['umount /fc/app/data', 'umount /fc/app']]);
      expect(run.stdout.match(/\+ umount \/fc\S+/g)).toEqual(['+ umount /fc/app/data', '+ umount /fc/app']);
    },
    TIMEOUT,
  );
});
