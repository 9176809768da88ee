/**
 * lsdev -C: customized devices (docs/aix-behaviour.md 5). The simulator's host has disks as its devices of
 * interest; `lsdev -Cc disk` is what admins and the collector type.
 */
import { fail, ok } from '../command-result';
import { lines } from '../messages';
import { sortedDevices } from '../world/host';
import { autoColumns } from './columns';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

const USAGE =
  'Usage: lsdev -C [-c Class] [-s Subclass] [-t Type] [-S State] [-l Name] [-r ColumnName | -F Format] [-H]\n       lsdev -P [-c Class] [-s Subclass] [-t Type] [-r ColumnName | -F Format] [-H]';

const COLUMNS = ['name', 'status', 'location', 'description'] as const;

export const lsdev: SimCommand = {
  name: 'lsdev',
  run(args, ctx) {
    const parsed = getopt('lsdev', args, 'CPc:s:t:S:l:r:F:H');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    if (!flags.has('C') || flags.has('P') || operands.length > 0) return usage(null, USAGE);
    const host = ctx.world.host();
    const cls = param(parsed.args, 'c');
    const state = param(parsed.args, 'S');
    const name = param(parsed.args, 'l');
    let devices = sortedDevices(host);
    if (cls !== undefined && cls !== 'disk') devices = [];
    if (state !== undefined) {
      const wanted = state.toLowerCase().startsWith('a') || state === '1' ? 'Available' : 'Defined';
      devices = devices.filter((d) => d.status === wanted);
    }
    if (name !== undefined) devices = devices.filter((d) => d.name === name);
    const rows = devices.map((d) => ({
      name: d.name,
      status: d.status,
      location: d.location,
      description: d.description,
    }));
    const format =
      param(parsed.args, 'F') ??
      (param(parsed.args, 'r') !== undefined ? param(parsed.args, 'r') : undefined);
    if (format !== undefined) {
      const out = rows.map((r) =>
        format.replace(/\b(name|status|location|description)\b/g, (w) => r[w as (typeof COLUMNS)[number]]),
      );
      const unique = param(parsed.args, 'r') !== undefined ? [...new Set(out)] : out;
      return ok(lines(...unique));
    }
    if (rows.length === 0 && name !== undefined) {
      return fail(
        lines(
          `lsdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\t${name}`,
        ),
      );
    }
    const table = rows.map((r) => [r.name, r.status, r.location, r.description]);
    if (flags.has('H')) table.unshift(['name', 'status', 'location', 'description']);
    return ok(autoColumns(table));
  },
};
