/**
 * showgmir: the Global Mirror master on an LSS, as name/value lines (the attributes IBM Redbook SG24-6787
 * shows: copy state, consistency group interval, the last consistency group's time, the FlashCopy sequence
 * number of the journals, the share of attempts that formed a group). The sequence number is the time of the
 * consistency group in seconds, in hex, as the journals' lsflash SequenceNum shows it.
 */
import { dsReportDate } from '../clock-format';
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { DS_EXIT, dsServerError, dsSyntax } from './messages';

export const showgmir: StorageCommand = {
  name: 'showgmir',
  usage: 'showgmir [-dev storage_image_ID] [-metrics] LSS_ID | -',
  run(args, ctx) {
    const parsed = parseDsArgs('showgmir', args, { flags: ['metrics'] }, ctx);
    if (isResult(parsed)) return parsed;
    const operand = parsed.operands[0];
    if (operand === undefined) return syntaxError(dsSyntax.missingOperand('showgmir', 'LSS_ID'));
    const lss = parseLss(operand);
    if (!lss) return syntaxError(dsSyntax.invalidLss('showgmir', operand));
    const master = ctx.storage.gmirMasters(parsed.dev).find((m) => m.masterLss === lss);
    if (!master) {
      return {
        stdout: '',
        stderr: `${dsServerError('showgmir', lss, 'object-not-found')}\n`,
        exitCode: DS_EXIT.server,
      };
    }
    const percent = master.cgAttempts === 0 ? 0 : Math.floor((100 * master.cgFormed) / master.cgAttempts);
    const lines: [string, string][] = [
      ['ID', `${parsed.dev}/${lss}`],
      ['Master Count', '1'],
      ['Master Session ID', `0x${master.session}`],
      ['Copy State', master.state],
      ['Fatal Reason', 'Not Fatal'],
      ['CG Interval Time (seconds)', String(master.cgInterval)],
      ['Coord. Time (milliseconds)', '50'],
      ['Max CG Drain Time (seconds)', '30'],
      ['Current Time', dsReportDate(ctx.now())],
      ['CG Time', master.cgTime === null ? '-' : dsReportDate(master.cgTime)],
      ['Successful CG Percentage', String(percent)],
      [
        'FlashCopy Sequence Number',
        master.cgTime === null ? '-' : `0x${master.seqnum.toString(16).toUpperCase()}`,
      ],
      ['Master ID', parsed.dev],
      ['Subordinate Count', '0'],
      ['Master/Subordinate Assoc', '-'],
    ];
    const width = Math.max(...lines.map(([name]) => name.length)) + 1;
    return {
      stdout: lines.map(([name, value]) => `${name.padEnd(width)}${value}\n`).join(''),
      stderr: '',
      exitCode: 0,
    };
  },
};
