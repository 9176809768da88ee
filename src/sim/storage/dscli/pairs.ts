/**
 * The per-pair loop shared by the DS CLI copy-services commands: the client checks every operand's syntax
 * first (any error stops the command, exit 2), then each pair is sent to the storage image, which answers
 * pair by pair: a CMUC...I line on stdout for each success, a CMUN...E line on stderr for each failure.
 */
import type { CommandResult } from '../../command-result';
import type { StorageCommandContext } from '../command-types';
import type { StorageResult } from '../store';
import { type DsArgs, onImage, parsePair, syntaxError } from './args';
import { DS_EXIT, dsServerError, dsSyntax } from './messages';

export interface PairRequest<V> {
  command: string;
  parsed: DsArgs;
  ctx: StorageCommandContext;
  /** Image the target must be on when not qualified: the source's box for FlashCopy, -remotedev for PPRC. */
  targetImage: string | undefined;
  act(source: string, target: string): StorageResult<V>;
  /** The stdout lines for a pair that succeeded (none: an empty array). */
  success(pair: string, value: V): string | string[];
}

export function runPairs<V>(request: PairRequest<V>): CommandResult {
  const { command, parsed, ctx } = request;
  if (parsed.operands.length === 0) {
    return syntaxError(dsSyntax.missingOperand(command, 'source_volume_ID:target_volume_ID'));
  }
  const pairs = [];
  for (const operand of parsed.operands) {
    const pair = parsePair(operand);
    if (!pair) return syntaxError(dsSyntax.invalidPair(command, operand));
    pairs.push(pair);
  }
  const out: string[] = [];
  const err: string[] = [];
  for (const { source, target } of pairs) {
    const name = `${source.id}:${target.id}`;
    const targetImage = target.image ?? request.targetImage;
    const known =
      onImage(ctx, source.id, source.image ?? parsed.dev) &&
      (targetImage === undefined
        ? ctx.storage.volume(target.id) !== undefined
        : onImage(ctx, target.id, targetImage));
    const result = known ? request.act(source.id, target.id) : null;
    if (result?.ok) out.push(...[request.success(name, result.value)].flat());
    else err.push(dsServerError(command, name, result ? result.code : 'volume-not-found'));
  }
  return {
    stdout: out.map((line) => `${line}\n`).join(''),
    stderr: err.map((line) => `${line}\n`).join(''),
    exitCode: err.length > 0 ? DS_EXIT.server : DS_EXIT.ok,
  };
}
