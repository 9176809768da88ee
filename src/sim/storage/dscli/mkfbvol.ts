/**
 * mkfbvol: creates fixed-block volumes (the target LUNs of a first copy), blank. Capacity -cap in GiB
 * (-type ds, the default), 10^9 bytes (-type ess) or 512-byte blocks (-type blocks). Volumes of an even LSS
 * live in an even extent pool (rank group 0), odd in odd. `#h` in -name stands for the volume id. -volgrp
 * also maps the new volumes to that volume group's host.
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, syntaxError } from './args';
import { DS_EXIT, dsInfo, dsServerError, dsSyntax } from './messages';
import { findVolumeGroup } from './volume-groups';
import { selectVolumes } from './volume-selection';

const GB_PER_UNIT: Record<string, number> = { ds: 1, ess: 1e9 / 2 ** 30, blocks: 1 / 2_097_152 };

export const mkfbvol: StorageCommand = {
  name: 'mkfbvol',
  usage:
    'mkfbvol [-dev storage_image_ID] -extpool extentpool_ID [-type ess|ds|blocks] -cap capacity ' +
    '[-name volume_name] [-volgrp volume_group_ID] volume_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs(
      'mkfbvol',
      args,
      { values: ['extpool', 'type', 'cap', 'name', 'volgrp'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    const extpool = parsed.values.get('extpool');
    const cap = parsed.values.get('cap');
    if (extpool === undefined) return syntaxError(dsSyntax.missingOperand('mkfbvol', '-extpool'));
    if (cap === undefined) return syntaxError(dsSyntax.missingOperand('mkfbvol', '-cap'));
    if (!/^P\d+$/.test(extpool)) return syntaxError(dsSyntax.invalidValue('mkfbvol', '-extpool', extpool));
    const type = parsed.values.get('type') ?? 'ds';
    const perUnit = GB_PER_UNIT[type];
    if (perUnit === undefined) return syntaxError(dsSyntax.invalidValue('mkfbvol', '-type', type));
    if (!/^\d+$/.test(cap) || Number(cap) === 0)
      return syntaxError(dsSyntax.invalidValue('mkfbvol', '-cap', cap));
    const volgrpId = parsed.values.get('volgrp');
    const volgrp = volgrpId === undefined ? undefined : findVolumeGroup(ctx, volgrpId);
    if (volgrpId !== undefined && !volgrp)
      return syntaxError(dsSyntax.invalidValue('mkfbvol', '-volgrp', volgrpId));
    if (parsed.operands.length === 0) return syntaxError(dsSyntax.missingOperand('mkfbvol', 'volume_ID'));
    const selected = selectVolumes('mkfbvol', parsed.operands);
    if (isResult(selected)) return selected;
    const out: string[] = [];
    const err: string[] = [];
    for (const id of selected) {
      const poolParity = Number(extpool.slice(1)) % 2;
      if (ctx.storage.volume(id)) err.push(dsServerError('mkfbvol', id, 'volume-exists', false));
      else if (Number.parseInt(id.slice(0, 2), 16) % 2 !== poolParity) {
        err.push(dsServerError('mkfbvol', id, 'wrong-extent-pool', false));
      } else {
        const name = (parsed.values.get('name') ?? '').replaceAll('#h', id);
        ctx.storage.createVolume({ id, name, sizeGb: Number(cap) * perUnit, image: parsed.dev });
        if (volgrp) ctx.storage.mapToHost(id, volgrp.host);
        out.push(dsInfo.fbvolCreated(id));
      }
    }
    return {
      stdout: out.map((line) => `${line}\n`).join(''),
      stderr: err.map((line) => `${line}\n`).join(''),
      exitCode: err.length > 0 ? DS_EXIT.server : DS_EXIT.ok,
    };
  },
};
