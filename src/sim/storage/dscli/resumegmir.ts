/** resumegmir: a paused Global Mirror forms consistency groups again (once its pairs and journals are ready). */
import type { StorageCommand } from '../command-types';
import { dsInfo } from './messages';
import { runMaster } from './session-args';

export const resumegmir: StorageCommand = {
  name: 'resumegmir',
  usage: 'resumegmir [-dev storage_image_ID] -lss LSS_ID -session session_ID',
  run(args, ctx) {
    return runMaster(
      {
        command: 'resumegmir',
        act: (lss, session, parsed) => ctx.storage.resumegmir(parsed.dev, lss, session),
        success: dsInfo.gmirResumed,
      },
      args,
      ctx,
    );
  },
};
