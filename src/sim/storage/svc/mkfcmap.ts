/**
 * mkfcmap: a FlashCopy mapping from a source vdisk to a target vdisk of the same size, idle_or_copied until
 * its group is started. -copyrate 0 is a snapshot (no background copy); 50 is the default (docs/aix-behaviour.md
 * 19.3).
 */
import { ok } from '../../command-result';
import type { StorageCommand } from '../command-types';
import { isResult, parseSvcArgs, svcError } from './args';
import { svcErrors, svcMessages } from './messages';

/** A decimal integer within bounds, or null. */
function integerIn(text: string, low: number, high: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= low && value <= high ? value : null;
}

export const mkfcmap: StorageCommand = {
  name: 'mkfcmap',
  usage:
    'mkfcmap -source src_vdisk_id|name -target tgt_vdisk_id|name [-name map_name] [-consistgrp id|name] ' +
    '[-copyrate 0-150] [-autodelete] [-grainsize 64|256] [-incremental] [-cleanrate 0-150] [-iogrp id|name] ' +
    '[-keeptarget]',
  run(args, ctx) {
    const values = ['source', 'target', 'name', 'consistgrp', 'copyrate', 'grainsize', 'cleanrate', 'iogrp'];
    const parsed = parseSvcArgs(args, { flags: ['autodelete', 'incremental', 'keeptarget'], values });
    if (isResult(parsed)) return parsed;
    if (parsed.object !== undefined) return svcError(svcMessages.unsupported(parsed.object));
    const source = parsed.values.get('source');
    const target = parsed.values.get('target');
    if (source === undefined || target === undefined) return svcError(svcMessages.missingParameters);
    const copyrateText = parsed.values.get('copyrate') ?? '50';
    const copyrate = integerIn(copyrateText, 0, 150);
    if (copyrate === null) return svcError(svcMessages.invalidData(copyrateText));
    const cleanrate = parsed.values.get('cleanrate');
    if (cleanrate !== undefined && integerIn(cleanrate, 0, 150) === null) {
      return svcError(svcMessages.invalidData(cleanrate));
    }
    const grainsize = parsed.values.get('grainsize');
    if (grainsize !== undefined && grainsize !== '64' && grainsize !== '256') {
      return svcError(svcMessages.invalidData(grainsize));
    }
    const name = parsed.values.get('name');
    const group = parsed.values.get('consistgrp');
    const created = ctx.storage.mkfcmap({
      source,
      target,
      copyrate,
      autodelete: parsed.flags.has('autodelete'),
      incremental: parsed.flags.has('incremental'),
      ...(name === undefined ? {} : { name }),
      ...(group === undefined ? {} : { group }),
    });
    if (!created.ok) return svcError(svcErrors[created.code]);
    return ok(`${svcMessages.mapCreated(created.value.id)}\n`);
  },
};
