/**
 * /etc/filesystems as the host keeps it: one stanza per file system, named by its mount point, with
 * `attribute = value` lines (dev, vfs, log, mount, check, options, account). mount, lsfs, chfs, imfs
 * (importvg/recreatevg) and exportvg read and change it; the shell shows it as a text file.
 */
export interface Stanza {
  /** The mount point (the stanza name, without the colon). */
  name: string;
  /** Attributes in file order. */
  attrs: [string, string][];
}

export function attr(stanza: Stanza, key: string): string | undefined {
  return stanza.attrs.find(([k]) => k === key)?.[1];
}

/** A copy of the stanza with `key` set (appended if new, as chfs does). */
export function withAttr(stanza: Stanza, key: string, value: string): Stanza {
  const attrs = stanza.attrs.some(([k]) => k === key)
    ? stanza.attrs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]))
    : [...stanza.attrs, [key, value] as [string, string]];
  return { name: stanza.name, attrs };
}

export function findStanza(stanzas: readonly Stanza[], mountPoint: string): Stanza | undefined {
  return stanzas.find((s) => s.name === mountPoint);
}

/** The stanza whose `dev` is this device (`/dev/datalv`). */
export function stanzaOfDevice(stanzas: readonly Stanza[], device: string): Stanza | undefined {
  return stanzas.find((s) => attr(s, 'dev') === device);
}

/** Renders the file as AIX writes it: a tab, the attribute padded to 16 columns, `= value`. */
export function renderFilesystems(stanzas: readonly Stanza[]): string {
  const blocks = stanzas.map(
    (s) => `${s.name}:\n${s.attrs.map(([k, v]) => `\t${k.padEnd(16)}= ${v}\n`).join('')}`,
  );
  return `${blocks.join('\n')}`;
}

export interface ParseProblem {
  line: number;
  message: string;
}

/**
 * Parses the file (what a script wrote back with an editor or `cat >`). Comment lines start with `*`.
 * Returns the stanzas, or the first line that is neither a stanza name nor `attribute = value`.
 */
export function parseFilesystems(text: string): { stanzas: Stanza[] } | { problem: ParseProblem } {
  const stanzas: Stanza[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('*')) continue;
    const header = /^(\S+):\s*$/.exec(line);
    if (header) {
      stanzas.push({ name: header[1], attrs: [] });
      continue;
    }
    const pair = /^\s+([A-Za-z_][\w]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (pair && stanzas.length > 0) {
      stanzas[stanzas.length - 1].attrs.push([pair[1], pair[2]]);
      continue;
    }
    return {
      problem: {
        line: i + 1,
        message: pair
          ? 'attribute line before the first stanza name (a stanza starts with "/mount/point:")'
          : 'expected "/mount/point:" or an indented "attribute = value" line',
      },
    };
  }
  return { stanzas };
}
