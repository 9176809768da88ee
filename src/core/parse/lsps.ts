/**
 * `lsps -a`: every paging space, one line per disk it is on (a paging space on several disks has several
 * lines). A retire refuses a copy with a paging space on one of its disks (checks/retire-paging-space.ts):
 * varyoffvg refuses while one is active, and removing the disk takes the paging space with it. AIX 5.3 and
 * later print the Chksum column; AIX 5.2 does not.
 */
import { deviceNameShapeProblem, diskNameProblem } from '../model/aix-names';
import type { HostInventory } from '../model/facts';
import { withHost } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

type PagingSpace = NonNullable<HostInventory['pagingSpaces']>[number];

const header = /^Page Space\s+Physical Volume\s+Volume Group\s+Size\s+%Used\s+Active\s+Auto\s+Type/;
const row = /^(\S+)\s+(\S+)\s+(\S+)\s+\d+[MG]B\s+\d+\s+(yes|no)\s+(yes|no)\s+(lv|nfs)(?:\s+\d+)?$/;

export const lspsParser: OutputParser<PagingSpace[]> = {
  kind: 'lsps',
  command: 'lsps -a',
  looksLike: (lines) => header.test(lines[0]?.text ?? ''),
  parse(lines) {
    const data: PagingSpace[] = [];
    const errors: ParseIssue[] = [];
    for (const line of lines.slice(1)) {
      const match = row.exec(line.text);
      const problem =
        match &&
        (deviceNameShapeProblem(match[1]) ?? diskNameProblem(match[2]) ?? deviceNameShapeProblem(match[3]));
      if (!match || problem) {
        errors.push(
          issue(line, problem ?? "expected 'NAME  DISK  VG  SIZE  %USED  ACTIVE  AUTO  TYPE  [CHKSUM]'"),
        );
        continue;
      }
      data.push({ name: match[1], disk: match[2], vg: match[3], active: match[4] === 'yes' });
    }
    return {
      data,
      read: data.map((p) => `${p.name}: on ${p.disk} (${p.vg}), ${p.active ? 'active' : 'not active'}`),
      errors,
    };
  },
  apply(pagingSpaces, facts) {
    return { facts: withHost(facts, (host) => ({ ...host, pagingSpaces })), notes: [] };
  },
};
