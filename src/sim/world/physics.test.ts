import { describe, expect, it } from 'vitest';
import { buildWorld } from '../scenarios/create-world';
import { firstFlashcopy } from '../scenarios/library/first-flashcopy';
import { scenarioSchema } from '../scenarios/schema';
import type { DiskImage } from './disk-image';
import { healthOf } from './filesystem';
import type { World } from './world';

const noCommands = async () => {
  throw new Error('this test runs no setup commands');
};

/** first-flashcopy with a database writing to /data (its own log on /data too). */
async function worldWithWriter(): Promise<World> {
  const scenario = scenarioSchema.parse({
    ...firstFlashcopy,
    hosts: [
      {
        ...firstFlashcopy.hosts[0],
        apps: [{ name: 'db', kind: 'db2', fileSystems: ['/data'], logFileSystem: '/data', rate: 5 }],
      },
    ],
  });
  return buildWorld(scenario, noCommands);
}

/** Health of datalv (minor 2, on both disks; log loglv00 = minor 1 on the first disk) in two images. */
function datalvHealth(first: DiskImage, second: DiskImage) {
  return healthOf([first.fs[2], second.fs[2]], first.logs[1], 2);
}

describe('copy physics', () => {
  it('writes the log at once and the metadata one tick later', async () => {
    const world = await worldWithWriter();
    world.advance(10);
    const image = world.readVolume('1000');
    expect(image.logs[1].windows[2].head).toBe(50);
    expect(image.fs[2].metaGen).toBe(45);
    expect(image.fs[2].superblock?.state).toBe('mounted');
  });

  it('LUNs taken at one instant replay to a consistent file system', async () => {
    const world = await worldWithWriter();
    world.advance(30);
    expect(datalvHealth(world.readVolume('1000'), world.readVolume('1001'))).toBe('needs-replay');
  });

  it('LUNs taken at different instants while writes go on disagree with their log', async () => {
    const world = await worldWithWriter();
    world.advance(30);
    const logDisk = world.readVolume('1000');
    world.advance(5);
    expect(datalvHealth(logDisk, world.readVolume('1001'))).toBe('log-disagrees');
  });

  it('syncd moves the log tail every 60 seconds and flushes cached data', async () => {
    const world = await worldWithWriter();
    world.advance(59);
    expect(world.readVolume('1000').fs[2].apps.find((a) => a.app === 'db')?.dataSeq ?? 0).toBe(0);
    world.advance(1);
    const image = world.readVolume('1000');
    expect(image.logs[1].windows[2]).toEqual({ head: 300, tail: 300 });
    expect(image.fs[2].apps).toEqual([{ app: 'db', dataSeq: 300, appLogSeq: 300, mode: 'normal' }]);
  });

  it('wraps the log when more transactions than it holds pile up between sync points', async () => {
    const world = await worldWithWriter();
    world.host().apps[0].rate = 300; // 1 LP of 64 MB holds 16384 transactions
    world.advance(54);
    expect(world.readVolume('1000').logs[1].wrapped).toBe(false);
    world.advance(1);
    expect(world.readVolume('1000').logs[1].wrapped).toBe(true);
    world.advance(5); // syncd at 60 s: a sync point, the wrapped records are no longer needed
    expect(world.readVolume('1000').logs[1].wrapped).toBe(false);
  });
});
