/**
 * rmpprc: withdraws Metro Mirror / Global Copy pairs. The secondary becomes an ordinary (simplex) volume
 * holding what it last received, readable and writable by a host. Without -quiet the DS CLI asks for each
 * pair. `-at src|tgt` and -unconditional (remove from one side only) end the pair the same way here.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, syntaxError } from './args';
import { removePairs } from './confirmed-removal';
import { dsInfo, dsSyntax } from './messages';

export const rmpprc: StorageCommand = {
  name: 'rmpprc',
  usage:
    'rmpprc [-dev storage_image_ID] [-remotedev storage_image_ID] [-quiet] [-at src|tgt] [-unconditional] ' +
    'SourceVolumeID:TargetVolumeID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs(
      'rmpprc',
      args,
      { flags: ['quiet', 'unconditional'], values: ['remotedev', 'at'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const at = parsed.values.get('at');
    if (at !== undefined && at !== 'src' && at !== 'tgt')
      return syntaxError(dsSyntax.invalidValue('rmpprc', '-at', at));
    return removePairs({
      command: 'rmpprc',
      parsed,
      ctx,
      targetImage: parsed.values.get('remotedev'),
      remove: (primary, secondary) => ctx.storage.rmpprc(primary, secondary),
      prompt: dsInfo.pprcRemovePrompt,
      removed: dsInfo.pprcRemoved,
    });
  },
};
