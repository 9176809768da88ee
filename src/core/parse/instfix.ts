/**
 * `instfix -ik IY66043`: whether the APAR that brings JFS2 freeze/thaw to AIX 5.2 is installed.
 * instfix says "All filesets for IY66043 were found.", "Not all filesets for IY66043 were found."
 * or "There was no data for IY66043 in the fix database."; only the first means installed.
 */
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface Apar {
  apar: string;
  installed: boolean;
}

const answers: [RegExp, boolean][] = [
  [/^All filesets for (\w+) were found\.$/, true],
  [/^Not all filesets for (\w+) were found\.$/, false],
  [/^There was no data for (\w+) in the fix database\.$/, false],
];

function readAnswer(text: string): Apar | null {
  for (const [pattern, installed] of answers) {
    const match = pattern.exec(text.trim());
    if (match) return { apar: match[1], installed };
  }
  return null;
}

export const instfixParser: OutputParser<Apar[]> = {
  kind: 'instfix',
  command: 'instfix -ik IY66043',
  looksLike: (lines) => lines.length > 0 && lines.every((line) => readAnswer(line.text) !== null),
  parse(lines) {
    const data: Apar[] = [];
    const errors: ParseIssue[] = [];
    for (const line of lines) {
      const apar = readAnswer(line.text);
      if (apar) data.push(apar);
      else
        errors.push(
          issue(
            line,
            "expected instfix's 'All filesets for IY66043 were found.' (or 'Not all …', 'There was no data …')",
          ),
        );
    }
    return {
      data,
      read: data.map(({ apar, installed }) => `${apar}: ${installed ? 'installed' : 'not installed'}`),
      errors,
    };
  },
  apply(apars, facts) {
    const freeze = apars.find(({ apar }) => apar === 'IY66043');
    if (!freeze) return { facts, notes: apars.length > 0 ? ['instfix names no IY66043: nothing taken'] : [] };
    return { facts: { ...facts, aix: { ...facts.aix, hasIY66043: freeze.installed } }, notes: [] };
  },
};
