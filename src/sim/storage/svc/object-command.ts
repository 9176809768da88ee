/**
 * The shape shared by the commands that act on one FlashCopy mapping or consistency group, or one remote copy
 * relationship or consistency group, named by id or name: they print nothing on success; an unknown object
 * gives CMMVC5753E, a value the parameter does not take CMMVC5711E, and a state the action does not apply to
 * CMMVC5903E (FlashCopy) or the remote copy message of the failure (rcErrorMessage).
 */
import { type CommandResult, ok } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import type { StorageErrorCode, StorageResult } from '../store';
import type { RcResult } from '../svc-remote-copy';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

function flashCopyMessage(code: StorageErrorCode): string {
  return code === 'object-not-found' ? svcMessages.notSuitable : svcErrors[code];
}

export function objectCommand<Code extends string = StorageErrorCode>(
  name: string,
  usage: string,
  flags: string[],
  /** Two flags that cannot be given together (CMMVC5713E), if any. */
  exclusive: [string, string] | null,
  act: (
    object: string,
    flags: Set<string>,
    ctx: StorageCommandContext,
    values: Map<string, string>,
  ) => StorageResult<unknown> | RcResult<unknown>,
  /**
   * Parameters that take a value, the only values some of them accept (any other is refused with CMMVC5711E,
   * as the CLI refuses `-primary master2`), and the message of a failure (default: the FlashCopy ones).
   */
  more: {
    values?: string[];
    choices?: Record<string, readonly string[]>;
    message?: (code: Code) => string;
  } = {},
): StorageCommand {
  const message = (more.message ?? flashCopyMessage) as (code: string) => string;
  return {
    name,
    usage,
    run(args, ctx): CommandResult {
      const parsed = parseSvcArgs(args, { flags, values: more.values ?? [] });
      if (isResult(parsed)) return parsed;
      if (exclusive?.every((flag) => parsed.flags.has(flag))) return svcError(svcMessages.exclusive);
      for (const [parameter, allowed] of Object.entries(more.choices ?? {})) {
        const value = parsed.values.get(parameter);
        if (value !== undefined && !allowed.includes(value)) return svcError(svcMessages.invalidData(value));
      }
      if (parsed.object === undefined) return svcError(svcMessages.noObjectId);
      const result = act(parsed.object, parsed.flags, ctx, parsed.values);
      if (result.ok) return ok();
      return svcError(message(result.code));
    },
  };
}
