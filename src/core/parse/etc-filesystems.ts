/**
 * /etc/filesystems stanzas: "/mount/point:" then "attribute = value" lines. The `log =` line is the
 * only place that says which log a file system uses (`/dev/loglv00`, or `INLINE`), so this is how
 * shared logs are found (docs/procedure.md, "Where the facts live on a host"). `*` starts a comment.
 */
import { absolutePathProblem } from '../model/aix-names';
import type { FileSystem } from '../model/facts';
import { isSourceLv, lvOfDevice, union, upsertFileSystem, withHost } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface Stanza {
  mountPoint: string;
  attributes: Record<string, string>;
}

// A stanza is named by its mount point, an absolute path (`datavg:` is lsvg -l's VG line, not a stanza).
const stanzaHeader = /^(\/\S*):$/;
// The value is trimmed in code: `=\s*(.*)$` lets two quantifiers share the blanks after `=`.
const attribute = /^\s+([A-Za-z_]\w*)\s*=(.*)$/;

/** The `log =` value as the facts hold it: an LV name, or INLINE. */
function logOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.toUpperCase() === 'INLINE') return 'INLINE';
  return lvOfDevice(value) ?? value;
}

export const etcFilesystemsParser: OutputParser<Stanza[]> = {
  kind: 'etc-filesystems',
  command: 'cat /etc/filesystems',
  looksLike: (lines) => {
    const content = lines.filter((line) => !line.text.startsWith('*'));
    return content.length >= 2 && stanzaHeader.test(content[0].text) && attribute.test(content[1].text);
  },
  parse(lines) {
    const data: Stanza[] = [];
    const errors: ParseIssue[] = [];
    for (const line of lines) {
      if (line.text.trimStart().startsWith('*')) continue;
      const head = stanzaHeader.exec(line.text);
      const attr = attribute.exec(line.text);
      const problem = head ? absolutePathProblem(head[1]) : undefined;
      if (problem) errors.push(issue(line, `expected a stanza line '/mount/point:': ${problem}`));
      else if (head) data.push({ mountPoint: head[1], attributes: {} });
      else if (attr && data.length > 0) data[data.length - 1].attributes[attr[1]] = attr[2].trim();
      else
        errors.push(issue(line, "expected a stanza line '/mount/point:' or an indented 'attribute = value'"));
    }
    const read = data.map(({ mountPoint, attributes }) => {
      const parts = [attributes.dev, attributes.vfs, attributes.log ? `log ${attributes.log}` : ''].filter(
        Boolean,
      );
      return `${mountPoint}: ${parts.join(', ')}`;
    });
    return { data, read, errors };
  },
  apply(stanzas, input) {
    let facts = withHost(input, (host) => ({
      ...host,
      mountPoints: union(
        host.mountPoints,
        stanzas.map((s) => s.mountPoint),
      ),
    }));
    const notes: string[] = [];
    for (const { mountPoint, attributes } of stanzas) {
      const lv = lvOfDevice(attributes.dev ?? '');
      if (!lv) continue;
      if (!isSourceLv(facts, lv)) {
        facts = withHost(facts, (host) => ({ ...host, lvNames: union(host.lvNames, [lv]) }));
        continue;
      }
      const vfs = attributes.vfs;
      if (vfs !== 'jfs' && vfs !== 'jfs2') continue;
      const log = logOf(attributes.log);
      const edit: Partial<FileSystem> = log ? { log, logRead: true } : {};
      if (!log) notes.push(`${mountPoint} has no 'log =' line: its log is not known`);
      facts = upsertFileSystem(facts, lv, { mountPoint, vfs, ...edit });
    }
    if (facts.sourceVg.lvs.length === 0)
      notes.push("the source VG's LVs are not known yet: paste lsvg -l VG to pick its stanzas");
    return { facts, notes };
  },
};
