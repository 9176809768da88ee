/**
 * failbackpprc: after failoverpprc, mirrors again from the named source (a suspended primary) to the named
 * target, which is overwritten once the resync pass completes (DS CLI failbackpprc: "issued against any
 * remote mirror and copy volume that is in a primary suspended state").
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';
import { pprcType } from './pprc-type';

export const failbackpprc: StorageCommand = {
  name: 'failbackpprc',
  usage:
    'failbackpprc [-dev storage_image_ID] [-remotedev storage_image_ID] -type mmir|gcp [-srcss ss_ID] ' +
    '[-tgtss ss_ID] [-cascade] [-suspend] [-tgtonline] [-resetreserve] [-tgtread] ' +
    'SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const flags = ['cascade', 'suspend', 'tgtonline', 'resetreserve', 'tgtread'];
    const parsed = parseDsArgs(
      'failbackpprc',
      args,
      { flags, values: ['remotedev', 'type', 'srcss', 'tgtss'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const type = pprcType('failbackpprc', parsed);
    if (isResult(type)) return type;
    return runPairs({
      command: 'failbackpprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      act: (source, target) => ctx.storage.failbackpprc(source, target, type),
      success: dsInfo.pprcFailedBack,
    });
  },
};
