/**
 * `lsfs` and `lsfs -q`: file systems as /etc/filesystems defines them (docs/aix-behaviour.md §4.2, §4.3).
 * `-q` adds a "(lv size: …, inline log: yes|no, …)" line under each row, or, when the LV cannot be
 * read (VG varied off), two diagnostic lines instead. Size is in 512-byte blocks, `--` when unset.
 */
import { absolutePathProblem } from '../model/aix-names';
import type { FileSystem } from '../model/facts';
import { guessLog, isSourceLv, logLvs, lvOfDevice, union, upsertFileSystem, withHost } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LsfsRow {
  device: string;
  mountPoint: string;
  vfs: string;
  /** 512-byte blocks; null for `--`. */
  sizeBlocks: number | null;
  options: string;
  automount: boolean;
  /** From `lsfs -q`: the file system keeps its log inside (inline log: yes). */
  inlineLog?: boolean;
  /** From `lsfs -q` on AIX 7.1+: mountguard is on (MountGuard: yes). */
  mountGuard?: boolean;
  /** From `lsfs -q`: why the LV could not be read ("The volume group of /dev/x may be varied off."). */
  unreadable?: string;
}

const header = /^Name\s+Nodename\s+Mount Pt\s+VFS\s+Size\s+Options\s+Auto\s+Accounting$/;
const row = /^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+|--)\s+(\S+)\s+(yes|no)\s+(yes|no)$/;
const detail = /^\s+\((.*)\)$/;
const unreadable = /^(?:\/\S+: .+|The volume group of \S+\s+may be varied off\.)$/;

export const lsfsParser: OutputParser<LsfsRow[]> = {
  kind: 'lsfs',
  command: 'lsfs',
  looksLike: (lines) => header.test(lines[0]?.text ?? ''),
  parse(lines) {
    const data: LsfsRow[] = [];
    const errors: ParseIssue[] = [];
    lines.forEach((line, i) => {
      const last = data[data.length - 1];
      if (header.test(line.text)) return;
      if (i === 0)
        errors.push(
          issue(line, "expected the header 'Name  Nodename  Mount Pt  VFS  Size  Options  Auto  Accounting'"),
        );
      const match = row.exec(line.text);
      const extra = detail.exec(line.text);
      if (match && absolutePathProblem(match[3])) {
        errors.push(
          issue(line, `expected a mount point that is an absolute path: ${absolutePathProblem(match[3])}`),
        );
      } else if (match) {
        const [, device, , mountPoint, vfs, size, options, auto] = match;
        data.push({
          device,
          mountPoint,
          vfs,
          sizeBlocks: size === '--' ? null : Number(size),
          options,
          automount: auto === 'yes',
        });
      } else if (extra && last) {
        const inline = /(?:^|, )inline log: (yes|no)(?:,|$)/.exec(extra[1]);
        if (inline) last.inlineLog = inline[1] === 'yes';
        const guard = /(?:^|, )MountGuard: (yes|no)(?:,|$)/.exec(extra[1]);
        if (guard) last.mountGuard = guard[1] === 'yes';
      } else if (unreadable.test(line.text) && last) {
        last.unreadable = last.unreadable ? `${last.unreadable} ${line.text}` : line.text;
      } else if (i > 0) {
        errors.push(
          issue(
            line,
            "expected 'DEVICE  NODE  MOUNTPOINT  VFS  SIZE  OPTIONS  yes|no  yes|no' or lsfs -q's '(lv size: …)' line",
          ),
        );
      }
    });
    const read = data.map((fs) => {
      const log = fs.inlineLog === undefined ? '' : fs.inlineLog ? ', inline log' : ', log device';
      const guard = fs.mountGuard ? ', mountguard' : '';
      return `${fs.mountPoint}: ${fs.device} (${fs.vfs}${log}${guard})${fs.unreadable ? ` — ${fs.unreadable}` : ''}`;
    });
    return { data, read, errors };
  },
  apply(rows, input) {
    let facts = withHost(input, (host) => ({
      ...host,
      mountPoints: union(
        host.mountPoints,
        rows.map((fs) => fs.mountPoint),
      ),
    }));
    const lvs = rows.flatMap((fs) => {
      const lv = lvOfDevice(fs.device);
      return lv ? [lv] : [];
    });
    facts = withHost(facts, (host) => ({
      ...host,
      lvNames: union(
        host.lvNames,
        lvs.filter((lv) => !isSourceLv(facts, lv)),
      ),
    }));
    if (facts.sourceVg.lvs.length === 0) {
      return {
        facts,
        notes: [
          "the source VG's LVs are not known yet: paste lsvg -l VG to tell its file systems from the others",
        ],
      };
    }
    const notes: string[] = [];
    for (const fs of rows) {
      const lv = lvOfDevice(fs.device);
      if (!lv || !isSourceLv(facts, lv) || (fs.vfs !== 'jfs' && fs.vfs !== 'jfs2')) continue;
      const known = facts.sourceVg.fileSystems.find((f) => f.lv === lv);
      const edit: Partial<FileSystem> = {};
      if (fs.inlineLog === true) Object.assign(edit, { log: 'INLINE', logRead: true });
      else if (fs.inlineLog === false && (known?.log === 'INLINE' || known?.logRead === false || !known)) {
        // "inline log: no" says the log is a log device, not which: the VG's only log LV of the type
        // is it (a file system logs to a log LV of its own VG); with several, /etc/filesystems tells.
        const candidates = logLvs(facts.sourceVg.lvs, fs.vfs);
        Object.assign(edit, { log: guessLog(facts.sourceVg.lvs, fs.vfs), logRead: candidates.length === 1 });
        if (candidates.length > 1)
          notes.push(
            `${fs.mountPoint} logs to one of ${candidates.join(', ')}, lsfs -q does not say which: cat /etc/filesystems tells it`,
          );
      }
      if (fs.mountGuard === true) edit.mountGuard = true;
      else if (fs.mountGuard === false && known?.mountGuard) edit.mountGuard = false;
      facts = upsertFileSystem(facts, lv, { mountPoint: fs.mountPoint, vfs: fs.vfs, ...edit });
    }
    return { facts, notes };
  },
};
