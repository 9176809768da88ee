/**
 * rmflash: withdraws FlashCopy relationships. A target keeps its image only if the background copy had
 * completed, or with -cp (finish the copy, then remove); a -nocp or unfinished target is left unusable.
 * Without -quiet the DS CLI asks for each pair and reads the answer from standard input; anything but `y`
 * keeps the pair (AIX-REFERENCE.md 18.5). -tgtonly is accepted and removes the pair like the default.
 */
import type { StorageCommand } from '../command-types';
import { succeed } from '../store';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';

export const rmflash: StorageCommand = {
  name: 'rmflash',
  usage:
    'rmflash [-dev storage_image_ID] [-quiet] [-tgtonly] [-cp] [-wait] [-seqnum flash_sequence_num] ' +
    'source_volume_ID:target_volume_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs(
      'rmflash',
      args,
      { flags: ['quiet', 'tgtonly', 'cp', 'wait'], values: ['seqnum'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const quiet = parsed.flags.has('quiet');
    const answers = (ctx.stdin ?? '').split('\n');
    return runPairs({
      command: 'rmflash',
      parsed,
      ctx,
      targetImage: parsed.dev,
      act: (source, target) => {
        const answer = quiet ? 'y' : (answers.shift()?.trim() ?? '');
        if (answer.toLowerCase() !== 'y') return succeed({ answer, removed: false });
        const removed = ctx.storage.rmflash(source, target, parsed.flags.has('cp'));
        return removed.ok ? succeed({ answer, removed: true }) : removed;
      },
      success: (pair, { answer, removed }) => [
        ...(quiet ? [] : [`${dsInfo.flashRemovePrompt(pair)}${answer}`]),
        ...(removed ? [dsInfo.flashRemoved(pair)] : []),
      ],
    });
  },
};
