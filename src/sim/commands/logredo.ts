/**
 * logredo LogDevice: replays a JFS2 log into every file system that uses it (mount and fsck do this by
 * themselves; docs/procedure.md asks for it on a copy before fsck). Output per file system is the line fsck and
 * mount print (`J2_LOGREDO:log redo processing for /dev/lv`, docs/aix-behaviour.md 16.2). A wrapped log cannot
 * be replayed: the JFS2 failure lines (16.3, synthetic text) and a non-zero exit; the file system then
 * needs a full fsck. The log of a mounted file system is busy (16.5): refused, nothing replayed.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { ERRNO, lines, msg } from '../messages';
import { replayLogDevice } from '../world/filesystem';
import { lastOperand, type SimCommand, usage } from './command';
import { getopt } from './getopt';

const USAGE = 'Usage: logredo [-n] filename';

/** The replay line both logredo and fsck print. */
export function logredoLine(device: string): string {
  return `J2_LOGREDO:log redo processing for ${device}`;
}

/** JFS2 log-wrap failure (docs/aix-behaviour.md 16.3: UNCONFIRMED text in the confirmed JFS2 style). */
export const LOG_WRAP_LINES = [
  'j2_logredo.cpp: ERROR in logRead line 1236, log wrap',
  'failure replaying log: -3',
];

/** logredo's exit status after a failed replay, as fsck reports it (`logredo failed (rc=253)`). */
export const LOGREDO_FAILED_RC = 253;

export const logredo: SimCommand = {
  name: 'logredo',
  run(args, ctx): CommandResult {
    const parsed = getopt('logredo', args, 'n');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { operands } = parsed.args;
    if (operands.length !== 1) return usage(null, USAGE);
    const device = operands[0];
    const result = replayLogDevice(ctx.world, ctx.world.host(), device);
    if (result === 'no-log') {
      return fail(
        lines(logredoLine(device), 'j2_logredo.cpp: ERROR in openLog line 2439, makeOpen', 'Open failed'),
        LOGREDO_FAILED_RC,
      );
    }
    // The kernel holds the log of a mounted file system open: the open fails with EBUSY, nothing is replayed.
    if ('mounted' in result)
      return fail(lines(msg('logredo.cannot-open', device, ERRNO.EBUSY)), LOGREDO_FAILED_RC);
    const out: string[] = [];
    const errors: string[] = [];
    for (const fs of result.fileSystems) {
      out.push(logredoLine(fs.device));
      if (fs.outcome.kind === 'log-wrap') errors.push(...LOG_WRAP_LINES);
    }
    if (result.fileSystems.length === 0) out.push(logredoLine(device));
    return errors.length ? fail(lines(...errors), LOGREDO_FAILED_RC, lines(...out)) : ok(lines(...out));
  },
  faults: {
    // More transactions than the log holds since the last sync point (docs/aix-behaviour.md 16.3).
    'log-wrap': (args) =>
      fail(lines(...LOG_WRAP_LINES), LOGREDO_FAILED_RC, lines(logredoLine(lastOperand(args)))),
  },
};
