/**
 * mkgmir: starts Global Mirror for a session at its master LSS (issued at the primary box). From then on
 * consistency groups form every -cginterval seconds (0: as often as possible): each drains the session's
 * Global Copy tracks to the secondaries and FlashCopies them to their journals (../global-mirror.ts).
 * -coordinate and -drain are accepted; the simulated groups form at once.
 */
import type { StorageCommand } from '../command-types';
import { dsInfo } from './messages';
import { runMaster } from './session-args';

export const mkgmir: StorageCommand = {
  name: 'mkgmir',
  usage:
    'mkgmir [-dev storage_image_ID] -lss LSS_ID -session session_ID [-cginterval seconds] ' +
    '[-coordinate milliseconds] [-drain seconds]',
  run(args, ctx) {
    return runMaster(
      {
        command: 'mkgmir',
        values: ['cginterval', 'coordinate', 'drain'],
        act: (lss, session, parsed) => {
          const interval = Number.parseInt(parsed.values.get('cginterval') ?? '0', 10);
          return ctx.storage.mkgmir(parsed.dev, lss, session, Number.isNaN(interval) ? 0 : interval);
        },
        success: dsInfo.gmirStarted,
      },
      args,
      ctx,
    );
  },
};
