/**
 * mkflash: point-in-time copies, one per source:target pair, all taken at this instant. With -freeze the
 * sources stay in queue full (host writes wait) until unfreezeflash or the LSS's long busy timeout, so several
 * mkflash commands in a row still capture one consistent instant (docs/aix-behaviour.md 18.2).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { MKFLASH_FLAGS, flashOptions } from './flash-options';
import { dsInfo } from './messages';
import { runPairs } from './pairs';

export const mkflash: StorageCommand = {
  name: 'mkflash',
  usage:
    'mkflash [-dev storage_image_ID] [-tgtpprc] [-tgtoffline] [-tgtinhibit] [-freeze] [-record] [-persist] ' +
    '[-nocp] [-wait] [-seqnum flash_sequence_num] source_volume_ID:target_volume_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('mkflash', args, { flags: MKFLASH_FLAGS, values: ['seqnum'] }, ctx);
    if (isResult(parsed)) return parsed;
    const options = flashOptions('mkflash', parsed);
    if (isResult(options)) return options;
    return runPairs({
      command: 'mkflash',
      parsed,
      ctx,
      targetImage: parsed.dev,
      act: (source, target) => ctx.storage.mkflash(source, target, options),
      success: dsInfo.flashCreated,
    });
  },
};
