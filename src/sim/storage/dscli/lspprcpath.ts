/**
 * lspprcpath: the PPRC paths from the given source LSSs of this storage image, one row per port pair: source
 * and target LSS, state, the target subsystem id, the local I/O port, the attached port at the remote box and
 * the remote box's WWNN. An LSS whose paths a freezepprc removed lists nothing (docs/aix-behaviour.md 18.9).
 */
import type { StorageCommand } from '../command-types';
import { dsTable } from '../table';
import { dsFormat, isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';

const HEADER = ['Src', 'Tgt', 'State', 'SS', 'Port', 'Attached Port', 'Tgt WWNN'];

export const lspprcpath: StorageCommand = {
  name: 'lspprcpath',
  usage: 'lspprcpath [-dev storage_image_ID] [-s | -l] [-fullid] Source_LSS_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('lspprcpath', args, { flags: ['s', 'l', 'fullid'] }, ctx);
    if (isResult(parsed)) return parsed;
    const format = dsFormat('lspprcpath', parsed);
    if (isResult(format)) return format;
    if (parsed.operands.length === 0)
      return syntaxError(dsSyntax.missingOperand('lspprcpath', 'Source_LSS_ID'));
    const lssIds: string[] = [];
    for (const operand of parsed.operands) {
      const lss = parseLss(operand);
      if (!lss) return syntaxError(dsSyntax.invalidLss('lspprcpath', operand));
      lssIds.push(lss);
    }
    const paths = ctx.storage.pprcPaths(parsed.dev, lssIds);
    if (paths.length === 0)
      return {
        stdout: `${dsInfo.noneFound('lspprcpath', 'Remote Mirror and Copy path')}\n`,
        stderr: '',
        exitCode: 0,
      };
    const rows = paths.flatMap((path) =>
      path.ports.map(([port, attached]) => [
        path.sourceLss,
        path.targetLss,
        'Success',
        // The target subsystem id: FF followed by the target LSS, as the box assigns it by default.
        `FF${path.targetLss}`,
        port,
        attached,
        path.remoteWwnn,
      ]),
    );
    const table = parsed.flags.has('s')
      ? dsTable(
          ['Src', 'Tgt', 'Port'],
          rows.map((r) => [r[0]!, r[1]!, r[4]!]),
          format,
        )
      : dsTable(HEADER, rows, format);
    return { stdout: table, stderr: '', exitCode: 0 };
  },
};
