/**
 * freezepprc: a remote-mirror consistency group. Every pair from the source LSS to the target LSS is
 * suspended (reason Freeze) at one instant and the primaries go long busy, so host writes wait until
 * unfreezepprc: the secondaries hold one consistent image (docs/aix-behaviour.md 18.9).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { runLssPairs } from './lss-pairs';
import { dsInfo } from './messages';

export const freezepprc: StorageCommand = {
  name: 'freezepprc',
  usage:
    'freezepprc [-dev storage_image_ID] [-remotedev storage_image_ID] [-srcss ss_ID] [-tgtss ss_ID] ' +
    'Source_LSS_ID:Target_LSS_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('freezepprc', args, { values: ['remotedev', 'srcss', 'tgtss'] }, ctx);
    if (isResult(parsed)) return parsed;
    return runLssPairs(
      'freezepprc',
      parsed,
      (s, t) => ctx.storage.freezepprc(s, t, parsed.dev),
      dsInfo.pprcFrozen,
    );
  },
};
