/**
 * rmgmir: ends Global Mirror for the session (the session, Global Copy pairs and journals stay; the journals
 * keep the last consistency group). Without -quiet the DS CLI asks first and reads the answer from standard
 * input; anything but `y` keeps it running. The prompt is echoed with its answer, as a terminal shows it.
 */
import type { StorageCommand } from '../command-types';
import { succeed } from '../store';
import { dsInfo } from './messages';
import { runMaster } from './session-args';

export const rmgmir: StorageCommand = {
  name: 'rmgmir',
  usage: 'rmgmir [-dev storage_image_ID] [-quiet] -lss LSS_ID -session session_ID',
  run(args, ctx) {
    const reply = (ctx.stdin ?? '').split('\n')[0]?.trim() ?? '';
    return runMaster(
      {
        command: 'rmgmir',
        flags: ['quiet'],
        act: (lss, session, parsed) => {
          const quiet = parsed.flags.has('quiet');
          if (!quiet && reply.toLowerCase() !== 'y') return succeed({ quiet, done: false });
          const removed = ctx.storage.rmgmir(parsed.dev, lss, session);
          return removed.ok ? succeed({ quiet, done: true }) : removed;
        },
        success: (session, { quiet, done }) =>
          [
            ...(quiet ? [] : [`${dsInfo.gmirRemovePrompt(session)}${reply}`]),
            ...(done ? [dsInfo.gmirStopped(session)] : []),
          ].join('\n'),
      },
      args,
      ctx,
    );
  },
};
