/**
 * chsession: adds Global Copy primaries of the LSS to a Global Mirror session, or removes them
 * (`chsession -dev ID -lss 10 -action add|remove -volume 1000-1001 01`). A volume joins as Join Pending
 * and is Active in the session once its pair's first pass is done (lssession).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';
import { answer, lssParam, parseSessionId, parseVolumeList } from './session-args';

export const chsession: StorageCommand = {
  name: 'chsession',
  usage: 'chsession [-dev storage_image_ID] -lss LSS_ID -action add|remove -volume volume_ID,... session_ID',
  run(args, ctx) {
    const parsed = parseDsArgs('chsession', args, { values: ['lss', 'action', 'volume'] }, ctx);
    if (isResult(parsed)) return parsed;
    const lss = lssParam('chsession', parsed);
    if (isResult(lss)) return lss;
    const action = parsed.values.get('action');
    if (action === undefined) return syntaxError(dsSyntax.missingOperand('chsession', '-action'));
    if (action !== 'add' && action !== 'remove')
      return syntaxError(dsSyntax.invalidValue('chsession', '-action', action));
    const text = parsed.values.get('volume');
    if (text === undefined) return syntaxError(dsSyntax.missingOperand('chsession', '-volume'));
    const volumes = parseVolumeList('chsession', text);
    if (isResult(volumes)) return volumes;
    const session = parseSessionId('chsession', parsed.operands[0]);
    if (isResult(session)) return session;
    const result = ctx.storage.chsession(parsed.dev, lss, session, action, volumes);
    return answer('chsession', session, result, dsInfo.sessionModified(session));
  },
};
