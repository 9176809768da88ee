/**
 * mksession: opens a Global Mirror session on an LSS of the primary box (`mksession -dev ID -lss 10
 * [-volume 1000-1001] 01`), optionally with its Global Copy primaries; chsession adds or removes them later.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs } from './args';
import { dsInfo } from './messages';
import { answer, lssParam, parseSessionId, parseVolumeList } from './session-args';

export const mksession: StorageCommand = {
  name: 'mksession',
  usage: 'mksession [-dev storage_image_ID] -lss LSS_ID [-volume volume_ID,...] session_ID',
  run(args, ctx) {
    const parsed = parseDsArgs('mksession', args, { values: ['lss', 'volume'] }, ctx);
    if (isResult(parsed)) return parsed;
    const lss = lssParam('mksession', parsed);
    if (isResult(lss)) return lss;
    const session = parseSessionId('mksession', parsed.operands[0]);
    if (isResult(session)) return session;
    const text = parsed.values.get('volume');
    const volumes = text === undefined ? [] : parseVolumeList('mksession', text);
    if (isResult(volumes)) return volumes;
    const result = ctx.storage.mksession(parsed.dev, lss, session, volumes);
    return answer('mksession', session, result, dsInfo.sessionOpened(session));
  },
};
