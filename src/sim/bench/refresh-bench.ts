/**
 * The benchmark's measurements: cfgmgr, the listings, recreatevg, varyonvg and a whole refresh
 * procedure (umount, varyoffvg, exportvg, new FlashCopy, recreatevg, mount) on the 1024-disk VG.
 * Pure: the caller passes the timer (Node's performance.now in src/cli/bench.ts).
 */
import { runCommandLine } from '../command-line';
import type { CommandResult } from '../command-result';
import { createWorld } from '../index';
import { scenarioSchema } from '../scenarios/schema';
import { mountFileSystem, unmountFileSystem } from '../world/filesystem';
import type { World } from '../world/world';
import { benchPairs, bigVgScenario } from './big-vg-scenario';

export interface Figure {
  name: string;
  ms: number;
  /**
   * The most this figure may take, if it has a budget: a listing within 50 ms, so a typed command
   * answers at once; a whole refresh within a second.
   */
  budgetMs?: number;
}

async function must(world: World, line: string): Promise<CommandResult> {
  const result = await runCommandLine(world, line);
  if (result.exitCode !== 0) throw new Error(`bench: "${line.slice(0, 60)}" failed: ${result.stderr}`);
  return result;
}

function flash(world: World, pairs: [string, string][]): void {
  for (const [source, target] of pairs) {
    world.storage.rmflash(source, target);
    const result = world.storage.mkflash(source, target, {
      freeze: false,
      record: true,
      persist: true,
      nocp: true,
      tgtinhibit: false,
      seqnum: 0,
    });
    if (!result.ok) throw new Error(`bench: mkflash ${source}:${target} failed (${result.code})`);
  }
}

export async function runBench(now: () => number, disks = 1024, fileSystems = 512): Promise<Figure[]> {
  const figures: Figure[] = [];
  const time = async <T>(
    name: string,
    budgetMs: number | undefined,
    work: () => Promise<T> | T,
  ): Promise<T> => {
    const start = now();
    const value = await work();
    figures.push({ name, ms: now() - start, budgetMs });
    return value;
  };
  const world = await time('build the world', undefined, () =>
    createWorld(scenarioSchema.parse(bigVgScenario(disks, fileSystems))),
  );
  const host = world.host();
  const copyMounts = () => host.filesystems.map((s) => s.name).filter((n) => n.startsWith('/fs/'));
  await time('cfgmgr (1024 new LUNs)', undefined, () => must(world, 'cfgmgr'));
  await time('lspv', 50, () => must(world, 'lspv'));
  await time('lsvg -l benchvg', 50, () => must(world, 'lsvg -l benchvg'));
  await time('lsvg -p benchvg', 50, () => must(world, 'lsvg -p benchvg'));
  await time('lsvg benchvg', 50, () => must(world, 'lsvg benchvg'));
  const pairs = benchPairs(disks);
  flash(world, pairs);
  const targetIds = new Set(pairs.map(([, target]) => target));
  const targets = Object.values(host.devices)
    .filter((d) => targetIds.has(d.volumeId))
    .map((d) => d.name);
  await time('recreatevg -y copyvg (1024 disks)', undefined, () =>
    must(world, `recreatevg -y copyvg ${targets.join(' ')}`),
  );
  await time('varyoffvg copyvg', undefined, () => must(world, 'varyoffvg copyvg'));
  await time('varyonvg copyvg', undefined, () => must(world, 'varyonvg copyvg'));
  for (const mp of copyMounts()) mountFileSystem(world, host, mp);
  await time(
    'whole refresh (512 umount, varyoffvg, exportvg, flash, recreatevg, 512 mount)',
    1000,
    async () => {
      for (const mp of copyMounts()) unmountFileSystem(world, host, mp);
      await must(world, 'varyoffvg copyvg');
      await must(world, 'exportvg copyvg');
      flash(world, pairs);
      await must(world, `recreatevg -y copyvg ${targets.join(' ')}`);
      for (const mp of copyMounts()) {
        const outcome = mountFileSystem(world, host, mp);
        if (typeof outcome === 'string' || outcome.kind !== 'ok')
          throw new Error(`bench: mount ${mp}: ${JSON.stringify(outcome)}`);
      }
    },
  );
  await time('lspv (2048 disks)', 50, () => must(world, 'lspv'));
  await time('lsvg -l copyvg', 50, () => must(world, 'lsvg -l copyvg'));
  return figures;
}
