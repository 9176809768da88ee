/**
 * The shape shared by the commands that act on one FlashCopy mapping or consistency group named by id or
 * name: they print nothing on success; an unknown object gives CMMVC5753E and a state the action does not
 * apply to CMMVC5903E.
 */
import { type CommandResult, ok } from '../../command-result';
import type { StorageCommand, StorageCommandContext } from '../command-types';
import type { StorageResult } from '../store';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

export function objectCommand(
  name: string,
  usage: string,
  flags: string[],
  /** Two flags that cannot be given together (CMMVC5713E), if any. */
  exclusive: [string, string] | null,
  act: (object: string, flags: Set<string>, ctx: StorageCommandContext) => StorageResult<unknown>,
): StorageCommand {
  return {
    name,
    usage,
    run(args, ctx): CommandResult {
      const parsed = parseSvcArgs(args, { flags });
      if (isResult(parsed)) return parsed;
      if (exclusive?.every((flag) => parsed.flags.has(flag))) return svcError(svcMessages.exclusive);
      if (parsed.object === undefined) return svcError(svcMessages.noObjectId);
      const result = act(parsed.object, parsed.flags, ctx);
      if (result.ok) return ok();
      return svcError(result.code === 'object-not-found' ? svcMessages.notSuitable : svcErrors[result.code]);
    },
  };
}
