/**
 * What the Global Mirror commands share: the `-lss` they act on, the session id (2 hex digits, 01 to FF),
 * `-volume` lists (`1000-1001`, `1000,1001`), and the one-session request the master commands send
 * (mkgmir, pausegmir, resumegmir, rmgmir -lss LSS -session ID), answered with one line.
 */
import type { CommandResult } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import type { StorageResult } from '../store';
import { type DsArgs, expandVolumeRange, isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { DS_EXIT, dsServerError, dsSyntax } from './messages';

/** A session id as the DS CLI takes it: 2 hex digits, 01 to FF, in upper case. */
export function parseSessionId(
  command: string,
  text: string | undefined,
  name = 'session_ID',
): string | CommandResult {
  if (text === undefined) return syntaxError(dsSyntax.missingOperand(command, name));
  const id = /^[0-9A-Fa-f]{2}$/.test(text) ? text.toUpperCase() : null;
  return id && id !== '00' ? id : syntaxError(dsSyntax.invalidSession(command, text));
}

/** The required -lss value. */
export function lssParam(command: string, parsed: DsArgs): string | CommandResult {
  const text = parsed.values.get('lss');
  if (text === undefined) return syntaxError(dsSyntax.missingOperand(command, '-lss'));
  return parseLss(text) ?? syntaxError(dsSyntax.invalidLss(command, text));
}

/** A -volume list: ids and ranges separated by commas. */
export function parseVolumeList(command: string, text: string): string[] | CommandResult {
  const ids: string[] = [];
  for (const part of text.split(',')) {
    const range = expandVolumeRange(part);
    if (!range) return syntaxError(dsSyntax.invalidRange(command, part));
    ids.push(...range);
  }
  return ids;
}

/** One line out (exit 0) for a success, the storage image's error (exit 4) for a failure. */
export function answer<V>(
  command: string,
  subject: string,
  result: StorageResult<V>,
  line: string,
): CommandResult {
  return result.ok
    ? { stdout: `${line}\n`, stderr: '', exitCode: DS_EXIT.ok }
    : {
        stdout: '',
        stderr: `${dsServerError(command, result.subject || subject, result.code)}\n`,
        exitCode: DS_EXIT.server,
      };
}

export interface MasterRequest<V> {
  command: string;
  /** Parameters besides -lss and -session. */
  values?: string[];
  flags?: string[];
  act(lss: string, session: string, parsed: DsArgs): StorageResult<V>;
  /** The stdout of a success (without the final newline). */
  success(session: string, value: V): string;
}

/** A master command: `command [-dev ID] -lss LSS -session ID`, one answer line. */
export function runMaster<V>(
  request: MasterRequest<V>,
  args: string[],
  ctx: StorageCommandContext,
): CommandResult {
  const { command } = request;
  const spec = { flags: request.flags ?? [], values: ['lss', 'session', ...(request.values ?? [])] };
  const parsed = parseDsArgs(command, args, spec, ctx);
  if (isResult(parsed)) return parsed;
  const lss = lssParam(command, parsed);
  if (isResult(lss)) return lss;
  const session = parseSessionId(command, parsed.values.get('session'), '-session');
  if (isResult(session)) return session;
  const result = request.act(lss, session, parsed);
  return answer(command, session, result, result.ok ? request.success(session, result.value) : '');
}

/** A master command with nothing but -lss and -session: the storage call and its success line. */
export function masterCommand(
  name: string,
  act: (
    storage: StorageCommandContext['storage'],
    dev: string,
    lss: string,
    session: string,
  ) => StorageResult<unknown>,
  success: (session: string) => string,
): StorageCommand {
  return {
    name,
    usage: `${name} [-dev storage_image_ID] -lss LSS_ID -session session_ID`,
    run(args, ctx) {
      return runMaster(
        { command: name, act: (lss, session, parsed) => act(ctx.storage, parsed.dev, lss, session), success },
        args,
        ctx,
      );
    },
  };
}
