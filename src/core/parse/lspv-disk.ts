/**
 * `lspv hdiskN`: the status block of one disk (docs/aix-behaviour.md §1.3). Note AIX's quirk on line 2:
 * `VG IDENTIFIER` follows the PVID after one blank and has no colon.
 */
import { deviceNameShapeProblem, diskNameProblem } from '../model/aix-names';
import { claimVg, editSourceDisk, mergeHostDisks, otherVgNote } from './facts-edit';
import { megabytes, readLabelBlock, valueProblems } from './label-block';
import { issue, type ParseIssue } from './text';
import type { OutputParser } from './types';

export interface LspvDisk {
  name: string;
  vg: string;
  pvid: string;
  vgid: string;
  state: string;
  sizeMb?: number;
}

const labels = [
  'PHYSICAL VOLUME',
  'VOLUME GROUP',
  'PV IDENTIFIER',
  'PV STATE',
  'STALE PARTITIONS',
  'ALLOCATABLE',
  'PP SIZE',
  'LOGICAL VOLUMES',
  'TOTAL PPs',
  'VG DESCRIPTORS',
  'FREE PPs',
  'HOT SPARE',
  'USED PPs',
  'MAX REQUEST',
  'FREE DISTRIBUTION',
  'USED DISTRIBUTION',
  'MIRROR POOL',
];

export const lspvDiskParser: OutputParser<LspvDisk | null> = {
  kind: 'lspv-disk',
  command: 'lspv hdiskN',
  looksLike: (lines) => /^PHYSICAL VOLUME:/.test(lines[0]?.text ?? ''),
  parse(lines) {
    const { values, errors } = readLabelBlock(lines, labels, 'lspv hdiskN', ['VG IDENTIFIER']);
    const value = (label: string) => values.get(label)?.value ?? '';
    const missing = ['PHYSICAL VOLUME', 'VOLUME GROUP', 'PV IDENTIFIER'].filter(
      (label) => !values.has(label),
    );
    const problems: ParseIssue[] = [
      ...errors,
      ...valueProblems(values, {
        'PHYSICAL VOLUME': diskNameProblem,
        'VOLUME GROUP': deviceNameShapeProblem,
      }),
    ];
    const first = lines[0] ?? { n: 1, text: '' };
    if (missing.length > 0)
      problems.push(
        issue(first, `expected the lines ${missing.map((l) => `'${l}:'`).join(', ')} of lspv hdiskN`),
      );
    const pvid = value('PV IDENTIFIER');
    const pvidLine = values.get('PV IDENTIFIER')?.line;
    const pvidOk = /^[0-9a-fA-F]{16}$/.test(pvid);
    if (pvidLine && !pvidOk)
      problems.push(issue(pvidLine, "expected 'PV IDENTIFIER:' with 16 hexadecimal digits"));
    if (missing.length > 0 || problems.length > errors.length)
      return { data: null, read: [], errors: problems };
    const data: LspvDisk = {
      name: value('PHYSICAL VOLUME'),
      vg: value('VOLUME GROUP'),
      pvid: pvid.toLowerCase(),
      vgid: value('VG IDENTIFIER'),
      state: value('PV STATE'),
    };
    const sizeMb = megabytes(values.get('TOTAL PPs')?.value);
    if (sizeMb !== undefined) data.sizeMb = sizeMb;
    const size = sizeMb === undefined ? '' : `, ${sizeMb} MB`;
    return {
      data,
      read: [`${data.name}: PVID ${data.pvid}, in ${data.vg}, PV state ${data.state || 'not shown'}${size}`],
      errors: problems,
    };
  },
  apply(disk, input) {
    if (!disk) return { facts: input, notes: [] };
    let { facts, role } = claimVg(input, disk.vg);
    facts = mergeHostDisks(facts, [{ name: disk.name, pvid: disk.pvid, vg: disk.vg }]);
    if (role !== 'source')
      return { facts, notes: role === 'other' ? [otherVgNote('lspv', disk.vg, facts)] : [] };
    const size = disk.sizeMb === undefined ? {} : { sizeMb: disk.sizeMb };
    return { facts: editSourceDisk(facts, disk.name, { pvid: disk.pvid, ...size }), notes: [] };
  },
};
