/** `hostname`: one word, the host's name (read only where a prompt line or the collector names it). */
import { issue } from './text';
import type { OutputParser } from './types';

const name = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

export const hostnameParser: OutputParser<string | null> = {
  kind: 'hostname',
  command: 'hostname',
  // A single word is just as likely one VG from lsvg: only a prompt line or a section says hostname.
  looksLike: () => false,
  parse(lines) {
    const [first, ...rest] = lines;
    const errors = rest.map((line) => issue(line, 'expected one line: the host name'));
    if (!first) return { data: null, read: [], errors };
    if (!name.test(first.text.trim()))
      return {
        data: null,
        read: [],
        errors: [issue(first, 'expected a host name (letters, digits, dots, dashes)'), ...errors],
      };
    const data = first.text.trim();
    return { data, read: [`host ${data}`], errors };
  },
  apply: (hostname, facts) => ({ facts: hostname ? { ...facts, hostname } : facts, notes: [] }),
};
