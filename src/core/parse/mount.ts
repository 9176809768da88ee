/**
 * `mount` (no argument): the mounted file systems (docs/aix-behaviour.md §14.2). Two header lines, then a row
 * per mount: node (blank for local), device, mount point, vfs, date (`Nov 07 19:11`), options.
 */
import { lvOfDevice } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface MountRow {
  node: string;
  device: string;
  mountPoint: string;
  vfs: string;
  options: string;
}

const header = /^\s*node\s+mounted\s+mounted over\s+vfs\s+date\s+options$/;
const rule = /^-+(\s+-+){5}$/;
const local = /^\s+(\S+)\s+(\S+)\s+(\S+)\s+\w{3}\s+\d{1,2}\s+\d{2}:\d{2}\s*(\S*)$/;
const remote = /^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+\w{3}\s+\d{1,2}\s+\d{2}:\d{2}\s*(\S*)$/;

export const mountParser: OutputParser<MountRow[]> = {
  kind: 'mount',
  command: 'mount',
  looksLike: (lines) => header.test(lines[0]?.text ?? ''),
  parse(lines) {
    const data: MountRow[] = [];
    const errors: ParseIssue[] = [];
    lines.forEach((line, i) => {
      if ((i === 0 && header.test(line.text)) || (i === 1 && rule.test(line.text))) return;
      const here = local.exec(line.text);
      const there = here ? null : remote.exec(line.text);
      if (here) data.push({ node: '', device: here[1], mountPoint: here[2], vfs: here[3], options: here[4] });
      else if (there)
        data.push({
          node: there[1],
          device: there[2],
          mountPoint: there[3],
          vfs: there[4],
          options: there[5],
        });
      else errors.push(issue(line, "expected '[node]  DEVICE  MOUNTPOINT  VFS  Mon DD HH:MM  OPTIONS'"));
    });
    return {
      data,
      read: data.map((m) => `${m.mountPoint}: ${m.node ? `${m.node}:` : ''}${m.device} mounted (${m.vfs})`),
      errors,
    };
  },
  apply(mounts, input) {
    // Only the source's file systems: a mount of another VG says nothing about the source's state.
    const mounted = new Set(mounts.filter((m) => m.node === '').map((m) => lvOfDevice(m.device)));
    const fileSystems = input.sourceVg.fileSystems.map((fs) => ({ ...fs, mounted: mounted.has(fs.lv) }));
    return { facts: { ...input, sourceVg: { ...input.sourceVg, fileSystems } }, notes: [] };
  },
};
