/**
 * unfreezeflash: ends the queue-full (extended long busy) condition that mkflash -freeze set on the source
 * LSSs, so the held host writes complete. Issue it right after the last mkflash of the consistency group
 * (docs/aix-behaviour.md 18.4).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';

export const unfreezeflash: StorageCommand = {
  name: 'unfreezeflash',
  usage: 'unfreezeflash [-dev storage_image_ID] source_LSS_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('unfreezeflash', args, {}, ctx);
    if (isResult(parsed)) return parsed;
    if (parsed.operands.length === 0)
      return syntaxError(dsSyntax.missingOperand('unfreezeflash', 'source_LSS_ID'));
    const lsses: string[] = [];
    for (const operand of parsed.operands) {
      const lss = parseLss(operand);
      if (!lss) return syntaxError(dsSyntax.invalidLss('unfreezeflash', operand));
      lsses.push(lss);
    }
    for (const lss of lsses) ctx.storage.unfreezeflash(lss, parsed.dev);
    return { stdout: lsses.map((lss) => `${dsInfo.flashUnfrozen(lss)}\n`).join(''), stderr: '', exitCode: 0 };
  },
};
