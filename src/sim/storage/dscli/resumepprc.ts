/**
 * resumepprc: mirrors a suspended pair again (after pausepprc, or freezepprc and unfreezepprc), from its
 * primary to its secondary with the pair's -type; the secondary takes the primary's changed tracks and
 * is no longer host-usable (DS CLI resumepprc: "resumes a remote mirror and copy relationship for a volume
 * pair"). A failed-over pair is resumed with failbackpprc instead.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { runPairs } from './pairs';
import { pprcType } from './pprc-type';

export const resumepprc: StorageCommand = {
  name: 'resumepprc',
  usage:
    'resumepprc [-dev storage_image_ID] [-remotedev storage_image_ID] -type mmir|gcp [-cascade] ' +
    '[-tgtonline] [-tgtread] [-critmode] [-suspend] [-resetreserve] [-wait] [-srcss ss_ID] [-tgtss ss_ID] ' +
    'SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const flags = ['cascade', 'tgtonline', 'tgtread', 'critmode', 'suspend', 'resetreserve', 'wait'];
    const parsed = parseDsArgs(
      'resumepprc',
      args,
      { flags, values: ['remotedev', 'type', 'srcss', 'tgtss'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const type = pprcType('resumepprc', parsed);
    if (isResult(type)) return type;
    return runPairs({
      command: 'resumepprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      act: (primary, secondary) => ctx.storage.resumepprc(primary, secondary, type),
      success: dsInfo.pprcResumed,
    });
  },
};
