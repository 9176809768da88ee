/**
 * lspprc: the Metro Mirror / Global Copy pairs of the given volumes as this storage image sees them: its
 * primaries as Copy Pending / Full Duplex / Suspended, its secondaries as Target ..., and a failed-over
 * secondary as the reversed pair, Suspended Host Source (docs/aix-behaviour.md 18.8). -l adds the columns a
 * Global Copy drain is watched by, Out Of Sync Tracks first (the -s/-l syntax is confirmed from the DS CLI
 * reference; the -l column set is the DS8000 one as commonly shown, plausible).
 */
import type { StorageCommand } from '../command-types';
import { dsReportDate } from '../clock-format';
import { PPRC_FREEZE_TIMEOUT } from '../pprc';
import { dsTable } from '../table';
import type { PprcPairView } from '../types';
import { dsFormat, isResult, parseDsArgs, syntaxError } from './args';
import { dsInfo, dsSyntax } from './messages';
import { selectVolumes } from './volume-selection';

const HEADER = [
  'ID',
  'State',
  'Reason',
  'Type',
  'SourceLSS',
  'Timeout (secs)',
  'Critical Mode',
  'First Pass Status',
];

/** lspprc -l: the default columns with the track count, target read, cascading and suspension date. */
const LONG_HEADER = [
  'ID',
  'State',
  'Reason',
  'Type',
  'Out Of Sync Tracks',
  'Tgt Read',
  'Src Cascade',
  'Tgt Cascade',
  'Date Suspended',
  'SourceLSS',
  'Timeout (secs)',
  'Critical Mode',
  'First Pass Status',
];

const STATES = [
  'copy-pending',
  'full-duplex',
  'suspended',
  'target-copy-pending',
  'target-full-duplex',
  'target-suspended',
  'not-remote-copy-pair',
  'invalid-state',
  'volume-inaccessible',
];

/** `Target Full Duplex` -> `target-full-duplex`, the -state spelling. */
const stateWord = (state: string) => state.toLowerCase().replaceAll(' ', '-');

function row(pair: PprcPairView): string[] {
  return [
    pair.id,
    pair.state,
    pair.reason ?? '-',
    pair.type === 'mmir' ? 'Metro Mirror' : 'Global Copy',
    pair.sourceLss,
    String(PPRC_FREEZE_TIMEOUT),
    'Disabled',
    // The first pass is a Global Copy notion; Metro Mirror pairs show Invalid.
    pair.type === 'mmir' ? 'Invalid' : pair.firstPassDone ? 'True' : 'False',
  ];
}

function longRow(pair: PprcPairView): string[] {
  const [id, state, reason, type, ...rest] = row(pair);
  return [
    id!,
    state!,
    reason!,
    type!,
    String(pair.outOfSyncTracks),
    pair.tgtread ? 'Enabled' : 'Disabled',
    'Disabled',
    'Invalid',
    pair.suspendedAt === null ? '-' : dsReportDate(pair.suspendedAt),
    ...rest,
  ];
}

export const lspprc: StorageCommand = {
  name: 'lspprc',
  usage:
    'lspprc [-dev storage_image_ID] [-remotedev storage_image_ID] [-state copy-pending|full-duplex|suspended|' +
    'target-copy-pending|target-full-duplex|target-suspended|not-remote-copy-pair|invalid-state|' +
    'volume-inaccessible] [-s | -l] SourceVolumeID:TargetVolumeID ... | volume_ID_range ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs('lspprc', args, { flags: ['s', 'l'], values: ['remotedev', 'state'] }, ctx);
    if (isResult(parsed)) return parsed;
    if (parsed.flags.has('s') && parsed.flags.has('l')) {
      return syntaxError(dsSyntax.exclusive('lspprc', '-s', '-l'));
    }
    const format = dsFormat('lspprc', parsed);
    if (isResult(format)) return format;
    const state = parsed.values.get('state');
    if (state !== undefined && !STATES.includes(state)) {
      return syntaxError(dsSyntax.invalidValue('lspprc', '-state', state));
    }
    if (parsed.operands.length === 0) {
      return syntaxError(dsSyntax.missingOperand('lspprc', 'SourceVolumeID:TargetVolumeID'));
    }
    const selected = selectVolumes('lspprc', parsed.operands);
    if (isResult(selected)) return selected;
    const pairs = ctx.storage
      .pprcPairs(parsed.dev)
      .filter((p) => p.id.split(':').some((id) => selected.has(id)))
      .filter((p) => state === undefined || stateWord(p.state) === state);
    if (pairs.length === 0) {
      return { stdout: `${dsInfo.noneFound('lspprc', 'Remote Mirror and Copy')}\n`, stderr: '', exitCode: 0 };
    }
    const table = parsed.flags.has('s')
      ? dsTable(
          ['ID'],
          pairs.map((p) => [p.id]),
          format,
        )
      : parsed.flags.has('l')
        ? dsTable(LONG_HEADER, pairs.map(longRow), format)
        : dsTable(HEADER, pairs.map(row), format);
    return { stdout: table, stderr: '', exitCode: 0 };
  },
};
