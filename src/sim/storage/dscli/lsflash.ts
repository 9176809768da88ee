/**
 * lsflash: the FlashCopy relationships of the given volumes (sources or targets) on the storage image, one row
 * per relationship (docs/aix-behaviour.md 18.3). Flags map to columns: -record Recording, -persist Persistent,
 * -tgtinhibit TargetWriteEnabled Disabled, -nocp BackgroundCopy Disabled; SourceWriteEnabled is Disabled while
 * a -freeze holds the source; ActiveCopy is Enabled while the background copy runs.
 */
import { flashOutOfSyncTracks } from '../copy-rates';
import { dsReportDate } from '../clock-format';
import type { StorageCommand } from '../command-types';
import { FLASH_FREEZE_TIMEOUT } from '../ds8000-flash';
import { lssOf } from '../identifiers';
import { dsTable } from '../table';
import type { FlashRecord } from '../types';
import { dsFormat, isResult, onImage, parseDsArgs, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';
import { selectVolumes } from './volume-selection';

const HEADER = [
  'ID',
  'SrcLSS',
  'SequenceNum',
  'Timeout',
  'ActiveCopy',
  'Recording',
  'Persistent',
  'Revertible',
  'SourceWriteEnabled',
  'TargetWriteEnabled',
  'BackgroundCopy',
];
const LONG_HEADER = [...HEADER, 'OutOfSyncTracks', 'DateCreated', 'DateSynced', 'State'];

const enabled = (on: boolean) => (on ? 'Enabled' : 'Disabled');

export const lsflash: StorageCommand = {
  name: 'lsflash',
  usage:
    'lsflash [-dev storage_image_ID] [-s | -l] [-activecp] [-record] [-persist] [-revertible] [-cp] ' +
    '[-seqnum flash_sequence_num] source_volume_ID:target_volume_ID ... | volume_ID_range ... | -',
  run(args, ctx) {
    const flags = ['s', 'l', 'activecp', 'record', 'persist', 'revertible', 'cp'];
    const parsed = parseDsArgs('lsflash', args, { flags, values: ['seqnum'] }, ctx);
    if (isResult(parsed)) return parsed;
    if (parsed.flags.has('s') && parsed.flags.has('l'))
      return syntaxError(dsSyntax.exclusive('lsflash', '-s', '-l'));
    const format = dsFormat('lsflash', parsed);
    if (isResult(format)) return format;
    if (parsed.operands.length === 0) {
      return syntaxError(dsSyntax.missingOperand('lsflash', 'source_volume_ID:target_volume_ID'));
    }
    const selected = selectVolumes('lsflash', parsed.operands);
    if (isResult(selected)) return selected;
    const { storage } = ctx;
    const seqnum = parsed.values.get('seqnum');
    const active = (f: FlashRecord) => storage.flashCopyActive(f.source, f.target);
    const wanted = (f: FlashRecord) =>
      (selected.has(f.source) || selected.has(f.target)) &&
      onImage(ctx, f.source, parsed.dev) &&
      (!parsed.flags.has('activecp') || active(f)) &&
      (!parsed.flags.has('record') || f.record) &&
      (!parsed.flags.has('persist') || f.persist) &&
      // No relationship is ever made revertible here (that needs Global Mirror's setflashrevertible).
      !parsed.flags.has('revertible') &&
      (!parsed.flags.has('cp') || !f.nocp) &&
      (seqnum === undefined || f.seqnum === Number.parseInt(seqnum, 16));
    const flashes = storage.flashCopies().filter(wanted);
    if (flashes.length === 0)
      return { stdout: `${dsInfo.noneFound('lsflash', 'Flash Copy')}\n`, stderr: '', exitCode: 0 };
    if (parsed.flags.has('s')) {
      return {
        stdout: dsTable(
          ['ID'],
          flashes.map((f) => [`${f.source}:${f.target}`]),
          format,
        ),
        stderr: '',
        exitCode: 0,
      };
    }
    const rows = flashes.map((f) => {
      const row = [
        `${f.source}:${f.target}`,
        lssOf(f.source),
        f.seqnum.toString(16).toUpperCase(),
        String(FLASH_FREEZE_TIMEOUT),
        enabled(active(f)),
        enabled(f.record),
        enabled(f.persist),
        'Disabled',
        enabled(!storage.isFrozen(f.source)),
        enabled(!f.tgtinhibit),
        enabled(!f.nocp),
      ];
      if (!parsed.flags.has('l')) return row;
      const sizeGb = storage.volume(f.source)?.sizeGb ?? 0;
      // Without background copy only the tracks written since the point in time were copied: count all.
      const outOfSync = flashOutOfSyncTracks(sizeGb, f.nocp ? 0 : storage.now() - f.pointInTime);
      return [...row, String(outOfSync), dsReportDate(f.createdAt), dsReportDate(f.pointInTime), 'Valid'];
    });
    const header = parsed.flags.has('l') ? LONG_HEADER : HEADER;
    return { stdout: dsTable(header, rows, format), stderr: '', exitCode: 0 };
  },
};
