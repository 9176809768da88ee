import { describe, expect, it } from 'vitest';
import type { ShellContext } from '../shell/shell-command';
import { type StorageWorld, storageShellCommands } from './shell-commands';
import { ds8000Fixture, svcFixture } from './test-support/storage-fixture';

function shellContext(world: StorageWorld, files: Record<string, string> = {}): ShellContext<StorageWorld> {
  return {
    stdin: '',
    env: new Map(),
    cwd: '/',
    world,
    files: {
      read: async (path) => files[path] ?? null,
      write: async () => undefined,
      exists: async (path) => path in files,
    },
  };
}

const command = (name: string) => storageShellCommands<StorageWorld>().find((c) => c.name === name)!;

describe('storage commands in the shell', () => {
  it('run dscli against the world storage, reading -script files from the shell file system', async () => {
    const { storage, now, advance } = ds8000Fixture();
    const world = { storage, clock: { now }, advance };
    const ctx = shellContext(world, { '/tmp/flash.cli': 'mkflash -nocp 1000:1100\n' });
    expect(await command('dscli').run(['-script', '/tmp/flash.cli'], ctx)).toEqual({
      stdout: 'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(storage.read('1100')).toBe('A0');
  });

  it('are not found when the world has the other flavour of storage', async () => {
    const { storage, now, advance } = svcFixture();
    const ctx = shellContext({ storage, clock: { now }, advance });
    expect(await command('dscli').run(['lsfbvol'], ctx)).toEqual({
      stdout: '',
      stderr: 'ksh: dscli:  not found.\n',
      exitCode: 127,
    });
    expect((await command('lsfcconsistgrp').run([], ctx)).exitCode).toBe(0);
  });
});
