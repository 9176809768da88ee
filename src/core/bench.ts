/**
 * The engine's benchmark: checks, plan and script for a scalable VG
 * of 1024 disks and 512 file systems, which must stay well under 50 ms so the wizard can recompute on
 * every keystroke. Pure: the caller passes the clock (src/cli/bench.ts uses performance.now).
 */
import { runChecks } from './checks';
import type { Facts } from './model/facts';
import { ds8000Storage, sampleFacts } from './model/sample';
import { parseOutput, parsePaste, parsers } from './parse';
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
    storage: ds8000Storage({ commands: 'cli' }),
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

/**
 * Hostile lines for the paste parsers, the shapes that once made them slow: runs of blanks between words (an lsattr row took
 * cubic time on one), blanks after `=` and a line separator, digits, repeated separators.
 */
function hostileLines(length: number): string[] {
  const fill = (unit: string, head = '', tail = '') =>
    `${head}${unit.repeat(Math.ceil((length - head.length - tail.length) / unit.length))}${tail}`.slice(
      0,
      length,
    );
  return [
    fill(' ', 'a', 'x'),
    fill('\t ', 'hdisk1 ', ' True'),
    fill(' ', ' log =', '\u2028'),
    fill('0', 'PP SIZE: ', ' megabyte'),
    fill('a ', 'hdisk1 Available '),
    fill(':'),
    fill('..', '1'),
    fill('-', '0'),
    fill('2107', '0000750000000000', 'IBMfcp\u2028'),
  ];
}

/** Short rows of every layout vgcopy reads, numbered so that no two are alike. */
function rowsOfEveryLayout(i: number): string[] {
  return [
    `hdisk${i}          00c8b12cd9de1a01                    datavg          active`,
    `lv${i}              jfs2       1600    1600    2    open/syncd    /data${i}`,
    `hdisk${i}            active            1599        317         00..00..00..00..317`,
    `hdisk${i} Available 00-08-02 MPIO IBM 2107 FC Disk`,
    `attr${i}        value${i}        Some description        True+`,
    `         /dev/lv${i}      /data${i}          jfs2   Nov 07 19:20 rw,log=/dev/loglv00`,
    `/data${i}:`,
    `        dev             = /dev/lv${i}`,
    `PP SIZE:            64 megabyte(s)           LOGICAL VOLUMES:  ${i}`,
  ];
}

/** Lines from `make(i)` for i = 0, 1, … until `length` characters. */
function pasteOf(length: number, make: (i: number) => string[]): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    for (const line of make(i)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines.join('\n');
}

export interface PasteBenchFigure {
  /** The parser's command, as the paste's command line gives it. */
  command: string;
  /** Milliseconds, the worst of the hostile lines: read by parseOutput (refused at the line limit). */
  lineMs: number;
  /** The same lines given to the parser alone, past the limit: what its regular expressions cost. */
  lineParserMs: number;
  /** A paste of hostile lines just under the line limit, and one of short rows of every layout. */
  pasteMs: number;
  rowsMs: number;
}

/**
 * Times each parser of the registry on hostile input: a line of `lineLength` characters and pastes of
 * `pasteLength` characters, each after the parser's command line. Pure: the caller passes the clock.
 */
export function runPasteBench(
  clock: () => number,
  lineLength = 10_000,
  pasteLength = 1_000_000,
): PasteBenchFigure[] {
  const time = (run: () => unknown) => {
    const start = clock();
    run();
    return clock() - start;
  };
  const worst = (times: number[]) => Math.max(...times);
  const lines = hostileLines(lineLength);
  const underLimit = hostileLines(1000);
  const hostilePaste = pasteOf(pasteLength, (i) => [underLimit[i % underLimit.length]]);
  const rows = pasteOf(pasteLength, rowsOfEveryLayout);
  return parsers.map((parser) => {
    const head = `# ${parser.command}\n`;
    return {
      command: parser.command,
      lineMs: worst(lines.map((line) => time(() => parseOutput(head + line)))),
      lineParserMs: worst(lines.map((line) => time(() => parser.run([{ n: 1, text: line }])))),
      pasteMs: time(() => parseOutput(head + hostilePaste)),
      rowsMs: time(() => parseOutput(head + rows)),
    };
  });
}

export interface LargePasteFigure {
  name: string;
  ms: number;
}

/**
 * Times the Start page's reading of a 2 MB paste, as `parsePaste` reads it once typing
 * pauses: lspv rows after their command line, rows of every layout without command lines (split by
 * shape, most lines refused, cut rows looked for), and the same rows cut at 64 columns.
 */
export function runLargePasteBench(clock: () => number, pasteLength = 2_000_000): LargePasteFigure[] {
  const time = (name: string, text: string): LargePasteFigure => {
    const start = clock();
    parsePaste(text);
    return { name, ms: clock() - start };
  };
  const { lspv, mixed, cut } = largePastes(pasteLength);
  return [
    time('2 MB of lspv rows after # lspv', lspv),
    time('2 MB of rows of every layout, no command lines', mixed),
    time('the same, cut at 64 columns', cut),
  ];
}

/**
 * The large pastes of the bench (also pasted by the browser tests): lspv rows after their command line,
 * rows of every layout without command lines, and the same rows cut at 64 columns.
 */
export function largePastes(pasteLength: number): { lspv: string; mixed: string; cut: string } {
  const lspv = pasteOf(pasteLength, (i) => [`hdisk${i}          none                                None`]);
  const mixed = pasteOf(pasteLength, rowsOfEveryLayout);
  const cut = mixed
    .split('\n')
    .flatMap((line) => (line.length > 64 ? [line.slice(0, 64), line.slice(64)] : [line]))
    .join('\n');
  return { lspv: `# lspv\n${lspv}`, mixed, cut };
}
