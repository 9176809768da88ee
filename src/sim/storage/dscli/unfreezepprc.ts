/**
 * unfreezepprc: the thaw after freezepprc. Held host writes to the primaries complete; the pairs stay
 * suspended (docs/aix-behaviour.md 18.9).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { runLssPairs } from './lss-pairs';
import { dsInfo } from './messages';

export const unfreezepprc: StorageCommand = {
  name: 'unfreezepprc',
  usage:
    'unfreezepprc [-dev storage_image_ID] [-remotedev storage_image_ID] [-srcss ss_ID] [-tgtss ss_ID] ' +
    'Source_LSS_ID:Target_LSS_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('unfreezepprc', args, { values: ['remotedev', 'srcss', 'tgtss'] }, ctx);
    if (isResult(parsed)) return parsed;
    return runLssPairs(
      'unfreezepprc',
      parsed,
      (s, t) => ctx.storage.unfreezepprc(s, t, parsed.dev),
      dsInfo.pprcThawed,
    );
  },
};
