/**
 * rmflash: withdraws FlashCopy relationships. A target keeps its image only if the background copy had
 * completed, or with -cp (finish the copy, then remove); a -nocp or unfinished target is left unusable.
 * Without -quiet the DS CLI asks for each pair (docs/aix-behaviour.md 18.5). -tgtonly is accepted and removes the
 * pair like the default.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { removePairs } from './confirmed-removal';
import { dsInfo } from './messages';

export const rmflash: StorageCommand = {
  name: 'rmflash',
  usage:
    'rmflash [-dev storage_image_ID] [-quiet] [-tgtonly] [-cp] [-wait] [-seqnum flash_sequence_num] ' +
    'source_volume_ID:target_volume_ID ... | -',
  run(args, ctx) {
    const spec = { flags: ['quiet', 'tgtonly', 'cp', 'wait'], values: ['seqnum'] };
    const parsed = parseDsArgs('rmflash', args, spec, ctx);
    if (isResult(parsed)) return parsed;
    return removePairs({
      command: 'rmflash',
      parsed,
      ctx,
      targetImage: parsed.dev,
      remove: (source, target) => ctx.storage.rmflash(source, target, parsed.flags.has('cp')),
      prompt: dsInfo.flashRemovePrompt,
      removed: dsInfo.flashRemoved,
    });
  },
};
