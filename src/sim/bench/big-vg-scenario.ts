/**
 * The benchmark's world, at AIX's limit: a scalable VG of 1024 disks (the most a scalable VG holds) and 512
 * file systems (each over two disks, inline log), mounted, with 1024 FlashCopy target LUNs mapped to the same
 * host.
 */
import type { ScenarioInput } from '../scenarios/schema';

/** DS8000 volume ids of `count` volumes from `first` (hex LLVV). */
function ids(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (first + i).toString(16).toUpperCase().padStart(4, '0'));
}

export function bigVgScenario(disks = 1024, fileSystems = 512): ScenarioInput {
  const sources = ids(0x1000, disks);
  const targets = ids(0x5000, disks);
  const perFs = Math.max(1, Math.floor(disks / fileSystems));
  const name = (i: number) => `b${String(i).padStart(4, '0')}lv`;
  return {
    formatVersion: 1,
    name: 'bench-big-vg',
    title: 'Benchmark: scalable VG of 1024 disks',
    description: `${disks} disks, ${fileSystems} file systems, ${disks} FlashCopy targets.`,
    goal: 'Refresh the copy as fast as the budget says.',
    seed: 7,
    storage: {
      flavour: 'ds8000',
      volumes: [...sources, ...targets].map((id) => ({ id, sizeGb: 20, hosts: ['aixbench'] })),
    },
    hosts: [
      {
        name: 'aixbench',
        vgs: [
          {
            name: 'benchvg',
            ppSizeMb: 64,
            disks: sources,
            lvs: Array.from({ length: fileSystems }, (_, i) => ({
              name: name(i),
              type: 'jfs2' as const,
              lps: 100 * perFs,
              disks: Array.from({ length: perFs }, (_, k) => i * perFs + k),
            })),
            fileSystems: Array.from({ length: fileSystems }, (_, i) => ({
              mountPoint: `/bench/fs${String(i).padStart(4, '0')}`,
              lv: name(i),
              log: 'INLINE',
            })),
          },
        ],
      },
    ],
  };
}

/** Source:target pairs of the benchmark's FlashCopy. */
export function benchPairs(disks = 1024): [string, string][] {
  const sources = ids(0x1000, disks);
  const targets = ids(0x5000, disks);
  return sources.map((s, i) => [s, targets[i]]);
}
