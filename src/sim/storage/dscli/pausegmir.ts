/**
 * pausegmir: Global Mirror stops forming consistency groups, at a consistency group boundary: the journals
 * keep the last one. The Global Copy pairs go on copying, so the secondaries stay fuzzy while production
 * writes; a DR test fails the secondaries over and restores the journal's image (reverseflash -fast).
 */
import type { StorageCommand } from '../command-types';
import { dsInfo } from './messages';
import { runMaster } from './session-args';

export const pausegmir: StorageCommand = {
  name: 'pausegmir',
  usage: 'pausegmir [-dev storage_image_ID] -lss LSS_ID -session session_ID',
  run(args, ctx) {
    return runMaster(
      {
        command: 'pausegmir',
        act: (lss, session, parsed) => ctx.storage.pausegmir(parsed.dev, lss, session),
        success: dsInfo.gmirPaused,
      },
      args,
      ctx,
    );
  },
};
