/**
 * resyncflash: refreshes a -record -persist pair, a new point in time for the target. The flags given now
 * replace the old ones, so -record -persist must be repeated to keep the pair refreshable (docs/aix-behaviour.md
 * 18.6).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { RESYNC_FLAGS, flashOptions } from './flash-options';
import { dsInfo } from './messages';
import { runPairs } from './pairs';

export const resyncflash: StorageCommand = {
  name: 'resyncflash',
  usage:
    'resyncflash [-dev storage_image_ID] [-record] [-persist] [-freeze] [-tgtpprc] [-tgtoffline] [-tgtinhibit] ' +
    '[-seqnum flash_sequence_num] source_volume_ID:target_volume_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('resyncflash', args, { flags: RESYNC_FLAGS, values: ['seqnum'] }, ctx);
    if (isResult(parsed)) return parsed;
    const options = flashOptions('resyncflash', parsed);
    if (isResult(options)) return options;
    return runPairs({
      command: 'resyncflash',
      parsed,
      ctx,
      targetImage: parsed.dev,
      act: (source, target) => ctx.storage.resyncflash(source, target, options),
      success: dsInfo.flashResynced,
    });
  },
};
