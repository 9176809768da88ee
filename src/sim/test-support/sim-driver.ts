/**
 * A fluent test driver over a simulated world (docs/conventions.md pattern 7): tests read like the procedure.
 *
 *   const t = await openScenario('first-flashcopy');
 *   await t.expectRun('cfgmgr', { stdout: '' });
 *   t.expectDisk('hdisk3').toHavePvid(null);
 */
import { expect } from 'vitest';
import type { CommandResult } from '../command-result';
import { runCommandLine } from '../command-line';
import { createWorld } from '../index';
import type { Scenario } from '../scenarios/schema';
import {
  freezeFileSystem,
  type MountOutcome,
  mountFileSystem,
  thawFileSystem,
  unmountFileSystem,
} from '../world/filesystem';
import type { World } from '../world/world';

export class SimDriver {
  constructor(readonly world: World) {}

  /** Runs one command line; returns its result. */
  run(line: string): Promise<CommandResult> {
    return runCommandLine(this.world, line);
  }

  /** Runs a line and asserts its whole result (stdout and stderr default to empty, exit code to 0). */
  async expectRun(line: string, expected: Partial<CommandResult>): Promise<CommandResult> {
    const result = await this.run(line);
    expect(result, line).toEqual({ stdout: '', stderr: '', exitCode: 0, ...expected });
    return result;
  }

  /** Runs lines that must all succeed (exit 0), e.g. the storage admin's or a previous step. */
  async runAll(...lines: string[]): Promise<void> {
    for (const line of lines) {
      const result = await this.run(line);
      expect(result.exitCode, `${line}: ${result.stderr}`).toBe(0);
    }
  }

  /** Steps on another host of the scenario (the production host beside a backup host), then back. */
  on(host: string, steps: (t: this) => void): this {
    const back = this.world.currentHost;
    this.world.currentHost = host;
    try {
      steps(this);
    } finally {
      this.world.currentHost = back;
    }
    return this;
  }

  /** The storage admin's FlashCopy of these pairs, started at this instant (DS8000 mkflash -nocp). */
  flashcopy(pairs: [string, string][], options: { freeze?: boolean } = {}): this {
    for (const [source, target] of pairs) {
      const result = this.world.storage.mkflash(source, target, {
        freeze: options.freeze ?? false,
        record: true,
        persist: true,
        nocp: true,
        tgtinhibit: false,
        seqnum: 0,
      });
      expect(result.ok, `mkflash ${source}:${target}`).toBe(true);
    }
    return this;
  }

  /** Unmounts through the model (the umount command belongs to the shell's file-system set). */
  umount(...mountPoints: string[]): this {
    for (const mp of mountPoints)
      expect(unmountFileSystem(this.world, this.world.host(), mp), `umount ${mp}`).toEqual({ kind: 'ok' });
    return this;
  }

  /** Mounts through the model; returns what mount reported. */
  mount(mountPoint: string): MountOutcome {
    return mountFileSystem(this.world, this.world.host(), mountPoint);
  }

  /** chfs -a freeze=N through the model (chfs belongs to the shell's file-system set). */
  freeze(seconds: number, ...mountPoints: string[]): this {
    for (const mp of mountPoints)
      expect(freezeFileSystem(this.world, this.world.host(), mp, seconds), `freeze ${mp}`).toEqual({
        kind: 'ok',
      });
    return this;
  }

  /** chfs -a freeze=off through the model. */
  thaw(...mountPoints: string[]): this {
    for (const mp of mountPoints)
      expect(thawFileSystem(this.world, this.world.host(), mp), `thaw ${mp}`).toEqual({ kind: 'ok' });
    return this;
  }

  /** Lets simulated time pass. */
  advance(seconds: number): this {
    this.world.advance(seconds);
    return this;
  }

  expectDisk(name: string) {
    const device = this.world.host().devices[name];
    return {
      toHavePvid: (pvid: string | null) => expect(device?.pvid, `${name} pvid`).toBe(pvid),
      toBe: (status: 'Available' | 'Defined' | 'absent') =>
        expect(device?.status ?? 'absent', `${name} status`).toBe(status),
    };
  }

  expectVg(name: string) {
    const host = this.world.host();
    return {
      toBeVariedOn: () => expect(host.active[name], `${name} varied on`).toBeDefined(),
      toBeVariedOff: () => {
        expect(
          host.vgs.some((v) => v.name === name),
          `${name} defined`,
        ).toBe(true);
        expect(host.active[name], `${name} varied off`).toBeUndefined();
      },
      toBeUnknown: () =>
        expect(
          host.vgs.some((v) => v.name === name),
          `${name} defined`,
        ).toBe(false),
    };
  }

  expectMounted(mountPoint: string, mounted = true) {
    expect(this.world.host().mounts[mountPoint] !== undefined, `${mountPoint} mounted`).toBe(mounted);
  }
}

/** A driver on a fresh world of a built-in scenario (or a given one). */
export async function openScenario(scenario: string | Scenario, seed?: number): Promise<SimDriver> {
  return new SimDriver(await createWorld(scenario, { seed }));
}
