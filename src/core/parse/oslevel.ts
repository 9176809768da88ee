/**
 * `oslevel -s` (e.g. `7200-05-06-2320`: AIX 7.2, technology level 5, service pack 6, built in week
 * 20 of 2023) or `oslevel -r` (`5300-01`). The freeze rules depend on it: JFS2 freeze/thaw needs
 * AIX 5.3 ML1, or 5.2 with APAR IY66043 (docs/procedure.md).
 */
import { type AixLevel, aixReleases } from '../model/facts';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface OsLevel {
  release: AixLevel['release'];
  technologyLevel: number;
  servicePack?: number;
}

const level = /^(\d)(\d)00-(\d{2})(?:-(\d{2})(?:-\d{4})?)?$/;
const isRelease = (release: string): release is AixLevel['release'] =>
  (aixReleases as readonly string[]).includes(release);

export const oslevelParser: OutputParser<OsLevel | null> = {
  kind: 'oslevel',
  command: 'oslevel -s',
  looksLike: (lines) => lines.length === 1 && level.test(lines[0].text.trim()),
  parse(lines) {
    const errors: ParseIssue[] = [];
    let data: OsLevel | null = null;
    for (const line of lines) {
      const match = level.exec(line.text.trim());
      const release = match ? `${match[1]}.${match[2]}` : '';
      if (!match)
        errors.push(
          issue(
            line,
            "expected the AIX level as oslevel -s or -r prints it, e.g. '7200-05-06-2320' or '5300-12'",
          ),
        );
      else if (!isRelease(release))
        errors.push(
          issue(line, `expected an AIX release vgcopy knows (${aixReleases.join(', ')}), not ${release}`),
        );
      else if (data) errors.push(issue(line, 'expected one AIX level, found a second'));
      else {
        data = { release, technologyLevel: Number(match[3]) };
        if (match[4] !== undefined) data.servicePack = Number(match[4]);
      }
    }
    const read = data
      ? [
          `AIX ${data.release} TL${data.technologyLevel}${data.servicePack === undefined ? '' : ` SP${data.servicePack}`}`,
        ]
      : [];
    return { data, read, errors };
  },
  apply(os, facts) {
    if (!os) return { facts, notes: [] };
    const { servicePack: _previous, ...aix } = facts.aix;
    return { facts: { ...facts, aix: { ...aix, ...os } }, notes: [] };
  },
};
