/**
 * fsck [-y|-n|-p] [-f] FileSystem...: checks an unmounted file system (docs/aix-behaviour.md 15). JFS2 prints
 * the current volume, replays the log (`J2_LOGREDO:...`), runs phases 1-5 and, on a copy whose log and
 * file system disagreed, finds the inode map corrupt: `-y` repairs (the metadata; the application's data
 * stays wrong, docs/procedure.md), `-n` does not touch the disk. Without -y/-n/-p each `FIX?` question is
 * answered from standard input, `n` when there is none. A log that wrapped, or that is not in any
 * varied-on VG (the copy lacks the log LV, or the stanza names the source's log), makes logredo fail and
 * fsck continue without it (15.4). JFS (v1) prints its phases 0-6 (15.5).
 */
import { type CommandResult, fail } from '../command-result';
import { lines, msg } from '../messages';
import {
  checkFileSystem,
  type FsckOutcome,
  type FsLocation,
  findMount,
  imageHealth,
  locate,
} from '../world/filesystem';
import type { World } from '../world/world';
import { type SimCommand, type SimContext, usage } from './command';
import { stanzaOfTarget } from './fs-target';
import { getopt } from './getopt';
import { LOG_WRAP_LINES, LOGREDO_FAILED_RC, logredoLine } from './logredo';

const USAGE = 'Usage: fsck [-y|-n|-p] [-f] [-V Vfs] [-d #] [-i #]\n\t[-t File] [-o Options] Filesystem ...';

const JFS2_PHASES = [
  '*** Phase 1 - Initial inode scan',
  '*** Phase 2 - Process remaining directories',
  '*** Phase 3 - Process remaining files',
  '*** Phase 4 - Check and repair inode allocation map',
];
const JFS2_PHASE_5 = '*** Phase 5 - Check and repair block allocation map';
const OPEN_FAILED_LINES = [
  'j2_logredo.cpp: ERROR in openLog line 2439, makeOpen',
  'fsError:bad error in volume 1',
  'Open failed',
];
const MOUNTED_WARNING = 'Checking a mounted filesystem does not produce dependable results.';

/** How questions are answered: -y, -n, or from stdin (one answer a line, `n` when none is left). */
type Answers = () => 'y' | 'n';

/** The answers given to this check's questions, in order (the report prints them). */
function replay(given: ('y' | 'n')[]): Answers {
  const queue = [...given];
  return () => queue.shift() ?? 'n';
}

interface Check {
  device: string;
  /** What the check found and did (null fields when nothing was found). */
  outcome: FsckOutcome;
  /** The log could not be opened: fsck went on without it. */
  logMissing: boolean;
  mounted: boolean;
  /** -n: the device is not opened for writing, so no log is replayed. */
  readOnly: boolean;
}

/**
 * Read-only judgement (-n, or a mounted file system): nothing is replayed or written. Without its log
 * nothing can be replayed: a file system that needed a replay is damaged. Under -n fsck does not open
 * the device for writing, so it does not replay the log either: a file system still waiting for its
 * replay is reported dirty, and only logredo (or fsck -y, or mount) clears it.
 */
function inspect(world: World, loc: FsLocation, readOnly: boolean): FsckOutcome {
  const health = imageHealth(world, loc);
  const damaged = health !== 'clean' && (health !== 'needs-replay' || loc.logLocation === null);
  return {
    device: loc.stanza.attrs.find(([k]) => k === 'dev')?.[1] ?? '',
    replay: { kind: 'nothing-to-do' },
    inodeMapCorrupt: damaged,
    superblockDirty: damaged || (readOnly && health === 'needs-replay'),
    repaired: false,
  };
}

/** The log replay fsck runs before its phases (none under -n), and how it failed. */
function replayLines(check: Check): string[] {
  if (check.readOnly) return [];
  if (check.logMissing)
    return [logredoLine(check.device), ...OPEN_FAILED_LINES, 'logredo failed (rc=255) fsck continuing'];
  if (check.outcome.replay.kind === 'log-wrap')
    return [
      logredoLine(check.device),
      ...LOG_WRAP_LINES,
      `logredo failed (rc=${LOGREDO_FAILED_RC}) fsck continuing`,
    ];
  return [logredoLine(check.device)];
}

function jfs2Report(check: Check, answer: Answers): { out: string[]; status: number } {
  const { device, outcome } = check;
  const out = ['', `The current volume is: ${device}`];
  if (check.mounted) out.push(MOUNTED_WARNING);
  out.push(
    'Primary superblock is valid.',
    ...replayLines(check),
    'Primary superblock is valid.',
    ...JFS2_PHASES,
  );
  let unrepaired = false;
  if (outcome.inodeMapCorrupt) {
    const fix = answer();
    out.push(`File system inode map is corrupt; FIX? ${fix}`);
    if (fix === 'y') out.push('Superblock marked dirty because repairs are about to be written.');
    else unrepaired = true;
  }
  out.push(JFS2_PHASE_5);
  if (!unrepaired) out.push('File system is clean.');
  if (outcome.superblockDirty) {
    const fix = answer();
    out.push(`Superblock is marked dirty; FIX? ${fix}`);
    if (fix === 'n') unrepaired = true;
  }
  if (unrepaired) out.push(msg('fsck.not-repaired'));
  else if (outcome.inodeMapCorrupt || outcome.superblockDirty)
    out.push('All observed inconsistencies have been repaired.');
  return { out, status: unrepaired ? 4 : 0 };
}

/** JFS (v1): phases 0-6 and the counts line (15.5); counts follow the LV size. */
function jfsReport(
  check: Check,
  loc: FsLocation,
  sizeBlocks: number,
  answer: Answers,
): { out: string[]; status: number } {
  const raw = check.device.replace('/dev/', '/dev/r');
  const out = [`** Checking ${raw} (${loc.stanza.name})`];
  if (check.mounted) out.push(MOUNTED_WARNING);
  out.push('** Phase 0 - Check Log');
  if (check.logMissing || check.outcome.replay.kind === 'log-wrap')
    out.push('logredo failed, fsck continuing');
  out.push(
    '** Phase 1 - Check Blocks and Sizes',
    '** Phase 2 - Check Pathnames',
    '** Phase 3 - Check Connectivity',
    '** Phase 4 - Check Reference Counts',
    '** Phase 5 - Check Inode Map',
  );
  let status = 0;
  if (check.outcome.inodeMapCorrupt) {
    const fix = answer();
    out.push(`Bad Inode Map; SALVAGE? ${fix}`);
    if (fix === 'n') status = 4;
  }
  out.push('** Phase 6 - Check Block Map');
  const blocks = Math.max(8, Math.floor(sizeBlocks / 8 / 32));
  out.push(`24 files ${blocks * 8} blocks ${sizeBlocks - blocks * 8} free`);
  if (check.outcome.inodeMapCorrupt && status === 0) out.push('***** Filesystem was modified *****');
  return { out, status };
}

function answersFrom(flags: Map<string, string | true>, stdin: string): Answers {
  if (flags.has('y') || flags.has('p')) return () => 'y';
  if (flags.has('n')) return () => 'n';
  const typed = stdin.split('\n').map((l) => l.trim().toLowerCase());
  return () => (typed.shift()?.startsWith('y') ? 'y' : 'n');
}

function checkOne(
  world: World,
  target: string,
  answer: Answers,
  { damaged, readOnly }: { damaged: boolean; readOnly: boolean },
): CommandResult {
  const host = world.host();
  const loc = locate(host, target, { ignoreLog: true });
  if (loc === 'not-in-filesystems') return fail(lines(msg('0506-035', target)));
  const stanza = stanzaOfTarget(host, target);
  const device = stanza?.attrs.find(([k]) => k === 'dev')?.[1] ?? target;
  if (typeof loc === 'string') return fail(lines(msg('fsck.cannot-open', device)), 8);
  const logMissing = loc.logLocation === null;
  const mounted = !!findMount(host, loc.stanza.name);
  // Look first without writing; repair only when every question is answered yes (a mounted file
  // system is only looked at).
  let outcome = inspect(world, loc, readOnly);
  if (damaged) outcome = { ...outcome, inodeMapCorrupt: true, superblockDirty: true };
  const questions = Number(outcome.inodeMapCorrupt) + Number(outcome.superblockDirty);
  const given = Array.from({ length: questions }, answer);
  if (!damaged && !mounted && given.every((a) => a === 'y')) outcome = checkFileSystem(world, loc, true);
  const check: Check = { device, outcome, logMissing, mounted, readOnly };
  const sizeBlocks = loc.lv.lps * (host.active[loc.vg]?.vgda.ppSizeMb ?? 0) * 256;
  const report =
    loc.vfs === 'jfs' ? jfsReport(check, loc, sizeBlocks, replay(given)) : jfs2Report(check, replay(given));
  return { stdout: lines(...report.out), stderr: '', exitCode: report.status };
}

/** fsck's run; `damaged` is the injected fault: damage found that could not be repaired (every answer no). */
function runFsck(args: string[], ctx: SimContext, damaged: boolean): CommandResult {
  const parsed = getopt('fsck', args, 'ynpfV:o:d:i:t:');
  if (!parsed.ok) return usage(parsed.error, USAGE);
  const { flags, operands } = parsed.args;
  const modes = ['y', 'n', 'p'].filter((f) => flags.has(f));
  if (operands.length === 0 || modes.length > 1) return usage(null, USAGE);
  const answer: Answers = damaged ? () => 'n' : answersFrom(flags, ctx.stdin);
  const readOnly = flags.has('n');
  const results = operands.map((target) => checkOne(ctx.world, target, answer, { damaged, readOnly }));
  return {
    stdout: results.map((r) => r.stdout).join(''),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: Math.max(...results.map((r) => r.exitCode)),
  };
}

export const fsck: SimCommand = {
  name: 'fsck',
  run: (args, ctx) => runFsck(args, ctx, false),
  faults: {
    // The inode map and superblock are damaged and the repair is not written: exit 4 (docs/aix-behaviour.md 15.3).
    'unrepaired-damage': (args, ctx) => runFsck(args, ctx, true),
  },
};
