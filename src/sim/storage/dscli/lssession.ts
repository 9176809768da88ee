/**
 * lssession: the Global Mirror sessions of the given LSSs, one row per session volume with its Global Copy
 * pair's state (columns as IBM Redbook SG24-6787 shows them: LSSID Session Status Volume VolumeStatus
 * PrimaryStatus SecondaryStatus FirstPassComplete AllowCascading). A session without volumes yet shows one row
 * of `-`.
 */
import type { StorageCommand } from '../command-types';
import { dsTable } from '../table';
import { dsFormat, isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';

const HEADER = [
  'LSSID',
  'Session',
  'Status',
  'Volume',
  'VolumeStatus',
  'PrimaryStatus',
  'SecondaryStatus',
  'FirstPassComplete',
  'AllowCascading',
];

export const lssession: StorageCommand = {
  name: 'lssession',
  usage: 'lssession [-dev storage_image_ID] [-s | -l] LSS_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('lssession', args, { flags: ['s', 'l'] }, ctx);
    if (isResult(parsed)) return parsed;
    const format = dsFormat('lssession', parsed);
    if (isResult(format)) return format;
    if (parsed.operands.length === 0) return syntaxError(dsSyntax.missingOperand('lssession', 'LSS_ID'));
    const lsses: string[] = [];
    for (const operand of parsed.operands) {
      const lss = parseLss(operand);
      if (!lss) return syntaxError(dsSyntax.invalidLss('lssession', operand));
      lsses.push(lss);
    }
    const rows = lsses.flatMap((lss) =>
      ctx.storage
        .sessions(parsed.dev, lss)
        .map((v) => [
          v.lss,
          v.session,
          v.status,
          v.volume,
          v.volumeStatus,
          v.primaryStatus,
          v.secondaryStatus,
          v.firstPassComplete,
          'Disable',
        ]),
    );
    if (rows.length === 0)
      return { stdout: `${dsInfo.noneFound('lssession', 'Session')}\n`, stderr: '', exitCode: 0 };
    return { stdout: dsTable(HEADER, rows, format), stderr: '', exitCode: 0 };
  },
};
