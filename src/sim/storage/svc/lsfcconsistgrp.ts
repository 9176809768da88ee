/**
 * lsfcconsistgrp: FlashCopy consistency groups, concise (`id name status`) or, for one group, detailed with
 * its mappings as repeated FC_mapping_id / FC_mapping_name lines (docs/aix-behaviour.md 19.6, 20.5).
 */
import { ok } from '../../command-result';
import { svcTimestamp } from '../clock-format';
import type { StorageCommand } from '../command-types';
import { svcConcise, svcDetailed } from '../table';
import { filterRows, isResult, parseSvcArgs, svcError, viewOptions } from './args';
import { svcMessages } from './messages';

const HEADER = ['id', 'name', 'status'];

export const lsfcconsistgrp: StorageCommand = {
  name: 'lsfcconsistgrp',
  usage:
    'lsfcconsistgrp [-filtervalue attribute=value] [-nohdr] [-delim delimiter] ' +
    '[fc_consistgrp_id | fc_consistgrp_name]',
  run(args, ctx) {
    const parsed = parseSvcArgs(args, { listing: true });
    if (isResult(parsed)) return parsed;
    const options = viewOptions(parsed);
    const groups = ctx.storage.fcGroups();
    if (parsed.object !== undefined) {
      const group = groups.find((g) => String(g.id) === parsed.object || g.name === parsed.object);
      if (!group) return svcError(svcMessages.noSuchObject);
      const maps = ctx.storage.fcMaps().filter((m) => m.groupId === group.id);
      const started = maps.find((m) => m.startedAt !== null)?.startedAt ?? null;
      return ok(
        svcDetailed(
          [
            ['id', String(group.id)],
            ['name', group.name],
            ['status', group.status],
            ['autodelete', group.autodelete ? 'on' : 'off'],
            ['start_time', started === null ? '' : svcTimestamp(started)],
            ...maps.flatMap((m): [string, string][] => [
              ['FC_mapping_id', String(m.id)],
              ['FC_mapping_name', m.name],
            ]),
          ],
          options,
        ),
      );
    }
    const rows = filterRows(
      HEADER,
      groups.map((g) => [String(g.id), g.name, g.status]),
      parsed,
    );
    if (isResult(rows)) return rows;
    return ok(rows.length === 0 ? '' : svcConcise(HEADER, rows, options));
  },
};
