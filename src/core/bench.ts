/**
 * The engine's benchmark (issue 4 "Command line and figures"): checks, plan and script for a scalable VG
 * of 1024 disks and 512 file systems, which must stay well under 50 ms so the wizard can recompute on
 * every keystroke. Pure: the caller passes the clock (src/cli/bench.ts uses performance.now).
 */
import { runChecks } from './checks';
import type { Facts } from './model/facts';
import { sampleFacts } from './model/sample';
import { buildPlan } from './plan/build-plan';
import { writeScript } from './write/ksh-script';

/** A scalable VG of `disks` DS8000 LUNs and `fileSystems` JFS2 file systems, with one target LUN each. */
export function bigVgFacts(disks: number, fileSystems: number): Facts {
  const base = sampleFacts();
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const diskNames = Array.from({ length: disks }, (_, i) => `hdisk${i + 2}`);
  const lvs = Array.from({ length: fileSystems }, (_, i) => ({
    name: `lv${hex(i, 4)}`,
    type: 'jfs2' as const,
    mountPoint: `/data/fs${i}`,
    disks: [diskNames[(2 * i) % disks], diskNames[(2 * i + 1) % disks]],
  }));
  return {
    ...base,
    sourceVg: {
      name: 'bigvg',
      type: 'scalable',
      disks: diskNames.map((name, i) => ({
        name,
        pvid: `00c8d3e4${hex(i, 8)}`,
        storageVolume: hex(0x1000 + i, 4),
        sizeMb: 51200,
      })),
      lvs: [{ name: 'loglv00', type: 'jfs2log', disks: [diskNames[0]] }, ...lvs],
      // Half the file systems use inline logs, half share the VG's log: both paths of the checks run.
      fileSystems: lvs.map((lv, i) => ({
        mountPoint: lv.mountPoint,
        lv: lv.name,
        vfs: 'jfs2' as const,
        log: i % 2 ? 'INLINE' : 'loglv00',
        mounted: true,
      })),
    },
    targets: {
      configuredBeforeCopy: true,
      luns: diskNames.map((sourceDisk, i) => ({
        name: `hdisk${disks + 2 + i}`,
        sourceDisk,
        storageVolume: hex(0x5000 + i, 4),
        sourceStorageVolume: hex(0x1000 + i, 4),
      })),
    },
    consistency: {
      approach: 'freeze-and-consistency-group',
      freezeTimeoutSeconds: 120,
      acknowledgeUnsupported: false,
    },
    newVg: { name: 'fcbigvg', lvPrefix: 'fc', mountPrefix: '/fc', access: 'auto' },
    storage: {
      storageImage: 'IBM.2107-75ABCD1',
      remoteStorageImage: '',
      consistencyGroup: '',
      commands: 'cli',
      dscliProfile: '',
      svcHost: '',
      mirrorSecondary: 'failover',
    },
  };
}

export interface EngineBenchFigure {
  label: string;
  /** Milliseconds of the first run (cold) and the median of the following runs. */
  firstMs: number;
  medianMs: number;
  /** Median of the checks alone: what the wizard recomputes on every keystroke. */
  checksMedianMs: number;
  scriptLines: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Times checks + plan + script for the big VG `runs` times. */
export function runEngineBench(clock: () => number, runs = 20): EngineBenchFigure {
  const facts = bigVgFacts(1024, 512);
  const times: number[] = [];
  const checkTimes: number[] = [];
  let lines = 0;
  for (let i = 0; i < runs; i++) {
    const start = clock();
    runChecks(facts);
    checkTimes.push(clock() - start);
    const plan = buildPlan(facts);
    lines = writeScript(facts, plan, { generatedAt: '2026-01-01T00:00:00Z', version: 'bench' }).split(
      '\n',
    ).length;
    times.push(clock() - start);
  }
  return {
    label: 'engine: checks + plan + script, 1024 disks, 512 file systems',
    firstMs: times[0],
    medianMs: median(times.slice(1)),
    checksMedianMs: median(checkTimes.slice(1)),
    scriptLines: lines,
  };
}
