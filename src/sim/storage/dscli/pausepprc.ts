/**
 * pausepprc: suspends pairs from the primary side (Suspended, reason Host Source). The secondary keeps the
 * image it had and becomes readable by a host, not writable until failoverpprc (docs/procedure.md "Copy methods").
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';

export const pausepprc: StorageCommand = {
  name: 'pausepprc',
  usage:
    'pausepprc [-dev storage_image_ID] [-remotedev storage_image_ID] SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('pausepprc', args, { values: ['remotedev'] }, ctx);
    if (isResult(parsed)) return parsed;
    return runPairs({
      command: 'pausepprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      act: (primary, secondary) => ctx.storage.pausepprc(primary, secondary),
      success: dsInfo.pprcPaused,
    });
  },
};
