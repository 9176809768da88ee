/**
 * reverseflash source:target of an existing FlashCopy: the source gets the target's image. In a Global
 * Mirror DR test or recovery, `reverseflash -fast -tgtpprc B:C` at the remote box (Fast Reverse Restore)
 * puts the journal's last consistency group back on the failed-over secondary B, which the DR host then
 * imports; -tgtpprc lets B be a remote-mirror primary (it is one after failoverpprc), and -fast ends the
 * relationship, so the journal is made again (mkflash) before Global Mirror resumes.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';

export const reverseflash: StorageCommand = {
  name: 'reverseflash',
  usage:
    'reverseflash [-dev storage_image_ID] [-record] [-persist] [-fast] [-tgtpprc] [-tgtinhibit] ' +
    '[-seqnum flash_sequence_num] source_volume_ID:target_volume_ID ... | -',
  run(args, ctx) {
    const flags = ['record', 'persist', 'fast', 'tgtpprc', 'tgtinhibit'];
    const parsed = parseDsArgs('reverseflash', args, { flags, values: ['seqnum'] }, ctx);
    if (isResult(parsed)) return parsed;
    const options = { fast: parsed.flags.has('fast'), tgtpprc: parsed.flags.has('tgtpprc') };
    return runPairs({
      command: 'reverseflash',
      parsed,
      ctx,
      targetImage: parsed.dev,
      act: (source, target) => ctx.storage.reverseflash(source, target, options),
      success: dsInfo.flashReversed,
    });
  },
};
