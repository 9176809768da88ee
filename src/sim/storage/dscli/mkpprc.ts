/**
 * mkpprc: Metro Mirror (-type mmir, synchronous) or Global Copy (-type gcp, run here as Global Mirror) pairs
 * from this storage image to -remotedev. -mode full (default) copies everything first (Copy Pending, then
 * Full Duplex for Metro Mirror); -mode nocp assumes both volumes already hold the same data
 * (docs/aix-behaviour.md 18.7).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';
import { runPairs } from './pairs';
import { pprcType } from './pprc-type';

export const mkpprc: StorageCommand = {
  name: 'mkpprc',
  usage:
    'mkpprc [-dev storage_image_ID] [-remotedev storage_image_ID] -type mmir|gcp [-mode full|nocp] [-cascade] ' +
    '[-tgtonline] [-tgtread] [-critmode] [-resetreserve] [-wait] [-srcss ss_ID] [-tgtss ss_ID] ' +
    'SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const flags = ['cascade', 'tgtonline', 'tgtread', 'critmode', 'resetreserve', 'wait'];
    const values = ['remotedev', 'type', 'mode', 'srcss', 'tgtss'];
    const parsed = parseDsArgs('mkpprc', args, { flags, values }, ctx);
    if (isResult(parsed)) return parsed;
    const type = pprcType('mkpprc', parsed);
    if (isResult(type)) return type;
    const mode = parsed.values.get('mode') ?? 'full';
    if (mode !== 'full' && mode !== 'nocp')
      return syntaxError(dsSyntax.invalidValue('mkpprc', '-mode', mode));
    const options = { type, nocp: mode === 'nocp', tgtread: parsed.flags.has('tgtread') };
    return runPairs({
      command: 'mkpprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      act: (primary, secondary) => ctx.storage.mkpprc(primary, secondary, options),
      success: dsInfo.pprcCreated,
    });
  },
};
