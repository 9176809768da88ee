/**
 * lsfs [-q] [-c] [-a | -v Vfs | FileSystem...]: the /etc/filesystems stanzas with the size read from
 * the LV (docs/aix-behaviour.md 4). The default layout is fixed columns (22: Name 16, Nodename 11, Mount Pt
 * 23, VFS 6, Size 8, Options 11, Auto 5); `-q` adds the superblock detail line, or the diagnostics AIX
 * prints when the LV cannot be read (VG varied off); `-c` is the colon format.
 */
import { type CommandResult, fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import { attr, findStanza, type Stanza } from '../world/etc-filesystems';
import { hasMountGuard } from '../world/filesystem';
import type { AixLevel, Host } from '../world/host';
import type { World } from '../world/world';
import { type SimCommand, usage } from './command';
import { lvSize512 } from './fs-size';
import { getopt, param } from './getopt';

const USAGE = 'Usage: lsfs [-q] [-c|-l] {-a | -v Vfs| -u Group | Filesystem ...}';
const HEADER = 'Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting';
const COLON_HEADER = '#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct';
/** Column widths with their separating blank: AIX prints `%-15s %-10s %-22s %-5s %-7s %-10s %-4s %s`. */
const WIDTHS = [16, 11, 23, 6, 8, 11, 5];

/** A listing row: each column padded, then one blank, so a long value pushes the rest right. */
function columns(values: (string | number)[]): string {
  return values
    .map((v, i) => (i < WIDTHS.length ? `${String(v).padEnd(WIDTHS[i] - 1)} ` : String(v)))
    .join('');
}

interface FsRow {
  stanza: Stanza;
  device: string;
  vfs: string;
  size: number | null;
  /** mountguard=yes in the superblock (AIX 7.1+). */
  mountGuard: boolean;
}

const yesNo = (value: string | undefined) => (value === 'true' || value === 'automatic' ? 'yes' : 'no');

/** The detail keys lsfs -q prints, by file-system type and AIX level (older levels print fewer). */
function detail(row: FsRow, aix: AixLevel): [string, string | number][] {
  const size = row.size ?? 0;
  if (row.vfs === 'jfs') {
    return [
      ['lv size', size],
      ['fs size', size],
      ['frag size', 4096],
      ['nbpi', 4096],
      ['compress', 'no'],
      ['bf', 'false'],
      ['ag', 8],
    ];
  }
  const inline = attr(row.stanza, 'log') === 'INLINE';
  const keys: [string, string | number][] = [
    ['lv size', size],
    ['fs size', size],
    ['block size', 4096],
    ['sparse files', 'yes'],
    ['inline log', inline ? 'yes' : 'no'],
    // The inline log takes 0.4% of the file system by default (crfs -a logsize), in MB.
    ['inline log size', inline ? Math.max(1, Math.floor((size / 2048) * 0.004)) : 0],
  ];
  if (aix.release === '5.2' || aix.release === '5.3' || aix.release === '6.1') {
    return [...keys, ['EAformat', 'v1'], ['Quota', 'no'], ['DMAPI', 'no'], ['VIX', 'no']];
  }
  return [
    ...keys,
    ['EAformat', 'v2'],
    ['Quota', 'no'],
    ['DMAPI', 'no'],
    ['VIX', 'yes'],
    ['EFS', 'no'],
    ['ISNAPSHOT', 'no'],
    ['MAXEXT', 0],
    ['MountGuard', row.mountGuard ? 'yes' : 'no'],
  ];
}

function standardLines(row: FsRow, query: boolean, aix: AixLevel): string[] {
  const s = row.stanza;
  const out = [
    columns([
      row.device,
      '--',
      s.name,
      row.vfs,
      row.size ?? '--',
      attr(s, 'options') || '--',
      yesNo(attr(s, 'mount')),
      yesNo(attr(s, 'account')),
    ]),
  ];
  if (!query) return out;
  // Only file systems on an LV have a superblock to read; /proc and NFS mounts show just their row.
  if (row.vfs !== 'jfs' && row.vfs !== 'jfs2') return out;
  if (row.size === null) return [...out, msg('lsfs.no-lv', row.device), msg('lsfs.varied-off', row.device)];
  return [
    ...out,
    `  (${detail(row, aix)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')})`,
  ];
}

function colonLines(row: FsRow, query: boolean, aix: AixLevel): string[] {
  const s = row.stanza;
  const line = [
    s.name,
    row.device,
    row.vfs,
    '',
    attr(s, 'type') ?? '',
    row.size ?? '',
    attr(s, 'options') ?? '',
    yesNo(attr(s, 'mount')),
    yesNo(attr(s, 'account')),
  ].join(':');
  if (!query || row.size === null) return [line];
  return [
    line,
    `(${detail(row, aix)
      .map(([k, v]) => `${k} ${v}`)
      .join(':')})`,
  ];
}

function rowOf(world: World, host: Host, stanza: Stanza): FsRow {
  const device = attr(stanza, 'dev') ?? '';
  return {
    stanza,
    device,
    vfs: attr(stanza, 'vfs') ?? '',
    size: lvSize512(host, device),
    mountGuard: hasMountGuard(world, host, stanza.name),
  };
}

export const lsfs: SimCommand = {
  name: 'lsfs',
  run(args, ctx): CommandResult {
    const parsed = getopt('lsfs', args, 'qcav:');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    const { flags, operands } = parsed.args;
    const vfs = param(parsed.args, 'v');
    if (operands.length > 0 && (flags.has('a') || vfs)) return usage(null, USAGE);
    const host = ctx.world.host();
    let stanzas: Stanza[];
    let missing: string[] = [];
    if (operands.length > 0) {
      stanzas = operands.map((name) => findStanza(host.filesystems, name)).filter((s): s is Stanza => !!s);
      missing = operands.filter((name) => !findStanza(host.filesystems, name));
    } else {
      stanzas = host.filesystems.filter((s) => !vfs || attr(s, 'vfs') === vfs);
    }
    const query = flags.has('q');
    const rows = stanzas.map((s) => rowOf(ctx.world, host, s));
    const body = flags.has('c')
      ? [COLON_HEADER, ...rows.flatMap((r) => colonLines(r, query, host.aix))]
      : [HEADER, ...rows.flatMap((r) => standardLines(r, query, host.aix))];
    const errors = missing.map((name) => msg('0506-915', 'lsfs', name));
    if (errors.length === 0) return ok(lines(...body));
    return fail(lines(...errors), 1, rows.length ? lines(...body) : '');
  },
};
