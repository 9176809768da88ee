/**
 * The LSS-pair loop of freezepprc and unfreezepprc: operands `10:20` (source LSS : target LSS), each answered
 * with one message, like the volume-pair commands.
 */
import type { CommandResult } from '../../command-result';
import type { StorageResult } from '../store';
import { type DsArgs, parseLss, syntaxError } from './args';
import { DS_EXIT, dsServerError, dsSyntax } from './messages';

export function runLssPairs(
  command: string,
  parsed: DsArgs,
  act: (sourceLss: string, targetLss: string) => StorageResult<unknown>,
  success: (lssPair: string) => string,
): CommandResult {
  if (parsed.operands.length === 0)
    return syntaxError(dsSyntax.missingOperand(command, 'Source_LSS_ID:Target_LSS_ID'));
  const pairs: [string, string][] = [];
  for (const operand of parsed.operands) {
    const sides = operand.split(':');
    const source = sides.length === 2 ? parseLss(sides[0]!) : null;
    const target = sides.length === 2 ? parseLss(sides[1]!) : null;
    if (!source || !target) return syntaxError(dsSyntax.invalidLss(command, operand));
    pairs.push([source, target]);
  }
  const out: string[] = [];
  const err: string[] = [];
  for (const [source, target] of pairs) {
    const result = act(source, target);
    if (result.ok) out.push(`${success(`${source}:${target}`)}\n`);
    else err.push(`${dsServerError(command, `${source}:${target}`, result.code)}\n`);
  }
  return {
    stdout: out.join(''),
    stderr: err.join(''),
    exitCode: err.length > 0 ? DS_EXIT.server : DS_EXIT.ok,
  };
}
