/**
 * failoverpprc: issued at the recovery (secondary) storage image with the pairs named reversed
 * (secondary:primary) and the -type of the existing pairs. The former secondary becomes a suspended primary
 * (Suspended, Host Source) that a host may read and write (docs/aix-behaviour.md 18.10).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';
import { pprcType } from './pprc-type';

export const failoverpprc: StorageCommand = {
  name: 'failoverpprc',
  usage:
    'failoverpprc [-dev storage_image_ID] [-remotedev storage_image_ID] -type mmir|gcp [-srcss ss_ID] ' +
    '[-tgtss ss_ID] [-cascade] [-force] [-tgtonline] SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const flags = ['cascade', 'force', 'tgtonline'];
    const parsed = parseDsArgs(
      'failoverpprc',
      args,
      { flags, values: ['remotedev', 'type', 'srcss', 'tgtss'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const type = pprcType('failoverpprc', parsed);
    if (isResult(type)) return type;
    return runPairs({
      command: 'failoverpprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      act: (newPrimary, oldPrimary) => ctx.storage.failoverpprc(newPrimary, oldPrimary, type),
      success: dsInfo.pprcFailedOver,
    });
  },
};
