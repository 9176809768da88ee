/**
 * lsattr -El hdiskN: the ODM attributes of a disk (docs/aix-behaviour.md 6): attribute, value, description,
 * user-settable, each column padded to its widest value plus one. `-a` picks attributes, `-F value`
 * prints only the values.
 */
import { fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import type { DiskDevice, Host } from '../world/host';
import { autoColumns } from './columns';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

const USAGE =
  'Usage: lsattr -E -l Name [-a Attribute] ... [-H] [-O] [-F Format]\n       lsattr -D -l Name [-a Attribute] ... [-H] [-O] [-F Format]';

type Row = [attribute: string, value: string, description: string, settable: string];

/** The attributes of a storage disk under the host's path-control module. */
function attributes(host: Host, d: DiskDevice): Row[] {
  const pcm = host.multipath === 'sddpcm' ? 'PCM/friend/sddpcm' : 'PCM/friend/fcpother';
  const rows: Row[] = [
    ['PCM', pcm, 'Path Control Module', 'False'],
    ['PR_key_value', 'none', 'Persistant Reserve Key Value', 'True+'],
    ['algorithm', host.multipath === 'sddpcm' ? 'load_balance' : 'shortest_queue', 'Algorithm', 'True+'],
    ['clr_q', 'no', 'Device CLEARS its Queue on error', 'True'],
    ['dist_err_pcnt', '0', 'Distributed Error Percentage', 'True'],
    ['dist_tw_width', '50', 'Distributed Error Sample Time', 'True'],
    ...(host.multipath === 'sddpcm'
      ? [['flashcpy_tgtvol', 'no', 'Flashcopy Target Lun', 'False'] as Row]
      : []),
    ['hcheck_cmd', 'test_unit_rdy', 'Health Check Command', 'True+'],
    ['hcheck_interval', '60', 'Health Check Interval', 'True+'],
    ['hcheck_mode', 'nonactive', 'Health Check Mode', 'True+'],
    ['location', '', 'Location Label', 'True+'],
    ['lun_id', d.lunId, 'Logical Unit Number ID', 'False'],
    ['lun_reset_spt', 'yes', 'LUN Reset Supported', 'True'],
    ['max_coalesce', '0x40000', 'Maximum Coalesce Size', 'True'],
    ['max_retry_delay', '60', 'Maximum Quiesce Time', 'True'],
    ['max_transfer', '0x80000', 'Maximum TRANSFER Size', 'True'],
    ['node_name', '0x5005076306ffd0a4', 'FC Node Name', 'False'],
    ['pvid', d.pvid ? `${d.pvid}0000000000000000` : 'none', 'Physical volume identifier', 'False'],
    ['q_err', 'yes', 'Use QERR bit', 'True'],
    ['q_type', 'simple', 'Queuing TYPE', 'True'],
    ['queue_depth', '20', 'Queue DEPTH', 'True+'],
    ['reassign_to', '120', 'REASSIGN time out value', 'True'],
    ['reserve_policy', 'no_reserve', 'Reserve Policy', 'True+'],
    ['rw_timeout', '30', 'READ/WRITE time out value', 'True'],
    ['scsi_id', '0xc95400', 'SCSI ID', 'False'],
    ['start_timeout', '60', 'START unit time out value', 'True'],
    ['timeout_policy', 'fail_path', 'Timeout Policy', 'True+'],
    ['unique_id', d.uniqueId, 'Unique device identifier', 'False'],
    ['ww_name', '0x5005076306134a4a', 'FC World Wide Name', 'False'],
  ];
  return rows;
}

export const lsattr: SimCommand = {
  name: 'lsattr',
  run(args, ctx) {
    const parsed = getopt('lsattr', args, 'EDl:a:HOF:R');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, all, operands } = parsed.args;
    const name = param(parsed.args, 'l');
    if (!name || operands.length > 0 || (!flags.has('E') && !flags.has('D') && !flags.has('R')))
      return usage(null, USAGE);
    if (flags.has('R'))
      return fail(lines('lsattr: the -R (legal values) view is not part of this simulator.'));
    const device = ctx.world.host().devices[name];
    if (!device) return fail(lines(msg('0514-519', 'lsattr', name)));
    let rows = attributes(ctx.world.host(), device);
    if (flags.has('D')) rows = rows.map(([a, v, d, s]) => [a, a === 'pvid' ? 'none' : v, d, s]);
    const wanted = all.get('a');
    if (wanted) {
      const unknown = wanted.find((a) => !rows.some((r) => r[0] === a));
      if (unknown) {
        return fail(
          lines(
            `lsattr: 0514-528 The "${unknown}" attribute does not exist in the predefined\n\tdevice configuration database.`,
          ),
        );
      }
      rows = wanted.map((a) => rows.find((r) => r[0] === a)!);
    }
    const format = param(parsed.args, 'F');
    if (format !== undefined) {
      const keys = { attribute: 0, value: 1, description: 2, user_settable: 3 } as const;
      return ok(
        lines(
          ...rows.map((r) =>
            format.replace(
              /\b(attribute|value|description|user_settable)\b/g,
              (w) => r[keys[w as keyof typeof keys]],
            ),
          ),
        ),
      );
    }
    const table: string[][] = rows.map((r) => [...r]);
    if (flags.has('H')) table.unshift(['attribute', 'value', 'description', 'user_settable']);
    return ok(autoColumns(table));
  },
};
