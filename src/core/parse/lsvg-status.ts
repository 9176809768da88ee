/**
 * `lsvg VG`: the VG's status block (docs/aix-behaviour.md §2.2). Gives the VG's name, state and format:
 * scalable VGs print no `MAX PPs per PV:` line; original and big VGs do, and a big VG allows more
 * than the original format's 32512 PPs per VG (1016 PPs × 32 PVs).
 */
import { deviceNameShapeProblem, vgIdProblem } from '../model/aix-names';
import type { SourceVg } from '../model/facts';
import { claimVg, otherVgNote } from './facts-edit';
import { megabytes, readLabelBlock, valueProblems } from './label-block';
import { issue } from './text';
import type { OutputParser } from './types';

export interface LsvgStatus {
  vg: string;
  vgid: string;
  state: string;
  type: SourceVg['type'];
  ppSizeMb?: number;
  totalPvs?: number;
}

const labels = [
  'VOLUME GROUP',
  'VG IDENTIFIER',
  'VG STATE',
  'PP SIZE',
  'VG PERMISSION',
  'TOTAL PPs',
  'MAX LVs',
  'FREE PPs',
  'LVs',
  'USED PPs',
  'OPEN LVs',
  'QUORUM',
  'TOTAL PVs',
  'VG DESCRIPTORS',
  'STALE PVs',
  'STALE PPs',
  'ACTIVE PVs',
  'AUTO ON',
  'MAX PPs per VG',
  'MAX PPs per PV',
  'MAX PVs',
  'LTG size (Dynamic)',
  'LTG size',
  'AUTO SYNC',
  'HOT SPARE',
  'BB POLICY',
  'MIRROR POOL STRICT',
  'PV RESTRICTION',
  'INFINITE RETRY',
  'DISK BLOCK SIZE',
  'CRITICAL VG',
  'FS SYNC OPTION',
  'CRITICAL PVs',
  'ENCRYPTION',
];

const originalMaxPps = 32512;

export const lsvgStatusParser: OutputParser<LsvgStatus | null> = {
  kind: 'lsvg-status',
  command: 'lsvg VG',
  looksLike: (lines) => /^VOLUME GROUP:/.test(lines[0]?.text ?? ''),
  parse(lines) {
    const { values, errors } = readLabelBlock(lines, labels, 'lsvg VG');
    const value = (label: string) => values.get(label)?.value;
    const missing = ['VOLUME GROUP', 'VG STATE', 'MAX PPs per VG'].filter((label) => !values.has(label));
    if (missing.length > 0) {
      const first = lines[0] ?? { n: 1, text: '' };
      return {
        data: null,
        read: [],
        errors: [
          ...errors,
          issue(first, `expected the lines ${missing.map((l) => `'${l}:'`).join(', ')} of lsvg VG`),
        ],
      };
    }
    const problems = valueProblems(values, { 'VOLUME GROUP': deviceNameShapeProblem });
    if (problems.length > 0) return { data: null, read: [], errors: [...errors, ...problems] };
    const type: SourceVg['type'] = !values.has('MAX PPs per PV')
      ? 'scalable'
      : Number(value('MAX PPs per VG')) > originalMaxPps
        ? 'big'
        : 'original';
    const data: LsvgStatus = {
      vg: value('VOLUME GROUP') ?? '',
      vgid: value('VG IDENTIFIER') ?? '',
      state: value('VG STATE') ?? '',
      type,
    };
    const ppSizeMb = megabytes(value('PP SIZE'));
    if (ppSizeMb !== undefined) data.ppSizeMb = ppSizeMb;
    const totalPvs = Number(value('TOTAL PVs'));
    if (Number.isInteger(totalPvs) && value('TOTAL PVs') !== undefined) data.totalPvs = totalPvs;
    const pvs = data.totalPvs === undefined ? '' : `, ${data.totalPvs} disk(s)`;
    return { data, read: [`${data.vg}: ${data.type} VG, ${data.state}${pvs}`], errors };
  },
  apply(status, input) {
    if (!status) return { facts: input, notes: [] };
    const { facts, role } = claimVg(input, status.vg);
    const variedOn = status.state.startsWith('active');
    if (role === 'existing-copy' && facts.existingCopy) {
      // The copy's VG IDENTIFIER: a retire's preflight refuses a VG that does not carry it.
      const vgId = vgIdProblem(status.vgid) ? {} : { vgId: status.vgid };
      return { facts: { ...facts, existingCopy: { ...facts.existingCopy, variedOn, ...vgId } }, notes: [] };
    }
    if (role === 'other') return { facts, notes: [otherVgNote('lsvg', status.vg, facts)] };
    return {
      facts: {
        ...facts,
        sourceVg: { ...facts.sourceVg, type: status.type },
        sourceOnHost: { ...facts.sourceOnHost, present: true, variedOn },
      },
      notes: [],
    };
  },
};
