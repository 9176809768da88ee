import { describe, expect, it } from 'vitest';
import { aixHost, writer } from '../shell/test-support/aix-host';

describe('date, sleep and sync', () => {
  it('date reads the simulated clock; sleep moves it', async () => {
    const host = await aixHost();
    expect(
      await host.type(
        'date',
        'sleep 3725',
        'date',
        "date '+%Y-%m-%d %H:%M:%S'",
        'date +%y%m%d.%j.%s',
        'date +%Q',
        'date 0101000026',
      ),
    ).toBe(
      [
        '# date',
        'Mon Jul 14 10:00:00 UTC 2025',
        '# sleep 3725',
        '# date',
        'Mon Jul 14 11:02:05 UTC 2025',
        "# date '+%Y-%m-%d %H:%M:%S'",
        '2025-07-14 11:02:05',
        '# date +%y%m%d.%j.%s',
        '250714.195.1752490925',
        '# date +%Q',
        'date: The format %Q has a conversion the simulator does not know.',
        '[rc=1]',
        '# date 0101000026',
        'date: The simulated clock cannot be set; the date moves with the simulation.',
        '[rc=1]',
        '',
      ].join('\n'),
    );
  });

  it("sleep needs a whole number of seconds, within the run's simulated-time budget", async () => {
    const host = await aixHost();
    expect(await host.type('sleep 172801', 'date')).toBe(
      [
        '# sleep 172801',
        'sleep: The simulator lets at most 172800 more seconds pass in this run.',
        '[rc=1]',
        '# date',
        'Mon Jul 14 10:00:00 UTC 2025',
        '',
      ].join('\n'),
    );
    expect(await host.type('sleep', 'sleep 1m')).toBe(
      ['# sleep', 'Usage: sleep Seconds', '[rc=1]', '# sleep 1m', 'Usage: sleep Seconds', '[rc=1]', ''].join(
        '\n',
      ),
    );
  });

  it('sync is silent and puts the cached data on disk', async () => {
    const host = await aixHost({ apps: writer() });
    await host.shell.run('sleep 10');
    const dataOnDisk = () =>
      host.world.readVolume('1000').fs[2]?.apps.find((a) => a.app === 'db')?.dataSeq ?? 0;
    expect(dataOnDisk()).toBe(0);
    expect(await host.type('sync')).toBe('# sync\n');
    expect(dataOnDisk()).toBe(50);
  });
});
