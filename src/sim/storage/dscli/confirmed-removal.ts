/**
 * The removal commands (rmflash, rmpprc): without -quiet the DS CLI asks for each pair and reads the answer
 * from standard input; anything but `y` keeps the pair. Each prompt is echoed with its answer, as a terminal
 * shows it.
 */
import type { CommandResult } from '../../command-result';
import type { StorageCommandContext } from '../command-types';
import { type StorageResult, succeed } from '../store';
import type { DsArgs } from './args';
import { runPairs } from './pairs';

export interface RemovalRequest {
  command: string;
  parsed: DsArgs;
  ctx: StorageCommandContext;
  targetImage: string | undefined;
  remove(source: string, target: string): StorageResult<null>;
  prompt(pair: string): string;
  removed(pair: string): string;
}

export function removePairs(request: RemovalRequest): CommandResult {
  const { parsed, ctx } = request;
  const quiet = parsed.flags.has('quiet');
  const answers = (ctx.stdin ?? '').split('\n');
  return runPairs({
    command: request.command,
    parsed,
    ctx,
    targetImage: request.targetImage,
    act: (source, target) => {
      const answer = quiet ? 'y' : (answers.shift()?.trim() ?? '');
      if (answer.toLowerCase() !== 'y') return succeed({ answer, done: false });
      const result = request.remove(source, target);
      return result.ok ? succeed({ answer, done: true }) : result;
    },
    success: (pair, { answer, done }) => [
      ...(quiet ? [] : [`${request.prompt(pair)}${answer}`]),
      ...(done ? [request.removed(pair)] : []),
    ],
  });
}
