/**
 * `lslv -l LV`: the disks holding an LV. First line `LVname:mountpoint` (`N/A` for logs and raw LVs),
 * then `PV  COPIES  IN BAND  DISTRIBUTION` and a row per disk. This tells whether a log sits on a
 * disk that is copied. Several LVs' output may follow one another.
 */
import { isSourceLv } from './facts-edit';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LslvPvs {
  lv: string;
  disks: string[];
}

const title = /^([A-Za-z0-9_.-]+):(\S+)$/;
const header = /^PV\s+COPIES\s+IN BAND\s+DISTRIBUTION$/;
const row = /^(\S+)\s+(\d+:\d+:\d+)\s+(\d+%)\s+(\d+(?::\d+){4})$/;

export const lslvPvsParser: OutputParser<LslvPvs[]> = {
  kind: 'lslv-pvs',
  command: 'lslv -l LV',
  looksLike: (lines) => lines.length >= 2 && title.test(lines[0].text) && header.test(lines[1].text),
  parse(lines) {
    const data: LslvPvs[] = [];
    const errors: ParseIssue[] = [];
    for (const line of lines) {
      const lv = title.exec(line.text);
      const disk = row.exec(line.text);
      if (lv) data.push({ lv: lv[1], disks: [] });
      else if (header.test(line.text) && data.length > 0) continue;
      else if (disk && data.length > 0) data[data.length - 1].disks.push(disk[1]);
      else if (data.length === 0)
        errors.push(issue(line, "expected 'LVname:mountpoint' on the first line of lslv -l"));
      else errors.push(issue(line, "expected 'hdiskN  nnn:nnn:nnn  nn%  nnn:nnn:nnn:nnn:nnn'"));
    }
    return { data, read: data.map(({ lv, disks }) => `${lv}: on ${disks.join(', ') || 'no disk'}`), errors };
  },
  apply(listed, input) {
    const notes = listed
      .filter(({ lv }) => !isSourceLv(input, lv))
      .map(
        ({ lv }) =>
          `${lv} is not among the source VG's LVs (paste lsvg -l VG first): its disks were not taken`,
      );
    const lvs = input.sourceVg.lvs.map((lv) => {
      const found = listed.find((l) => l.lv === lv.name);
      return found ? { ...lv, disks: found.disks } : lv;
    });
    return { facts: { ...input, sourceVg: { ...input.sourceVg, lvs } }, notes };
  },
};
