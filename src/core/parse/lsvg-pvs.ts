/**
 * `lsvg -p VG`: the VG's disks with their state and PP counts (docs/aix-behaviour.md §2.4). PV STATE is
 * `active`, or `missing`/`removed` when varyonvg did not find the disk.
 */
import { diskNameProblem } from '../model/aix-names';
import { claimVg, otherVgNote, setSourceDisks } from './facts-edit';
import type { OutputParser } from './types';
import { type Expected, looksLikeVgBlock, readVgTable } from './vg-blocks';

interface LsvgPv {
  name: string;
  state: string;
  totalPps: number;
  freePps: number;
}

export interface LsvgPvs {
  vg: string;
  pvs: LsvgPv[];
}

const header = /^PV_NAME\s+PV STATE\s+TOTAL PPs\s+FREE PPs\s+FREE DISTRIBUTION$/;
const headerText = 'PV_NAME  PV STATE  TOTAL PPs  FREE PPs  FREE DISTRIBUTION';
const row = /^(\S+)\s+(active|missing|removed)\s+(\d+)\s+(\d+)\s+(\d+(?:\.\.\d+){4})$/;

function readPv(text: string): LsvgPv | Expected {
  const match = row.exec(text);
  if (!match || diskNameProblem(match[1]))
    return { expected: "expected 'hdiskN  active|missing|removed  TOTAL  FREE  nn..nn..nn..nn..nn'" };
  return { name: match[1], state: match[2], totalPps: Number(match[3]), freePps: Number(match[4]) };
}

export const lsvgPvsParser: OutputParser<LsvgPvs[]> = {
  kind: 'lsvg-pvs',
  command: 'lsvg -p VG',
  looksLike: (lines) => looksLikeVgBlock(lines, header),
  parse(lines) {
    const { tables, errors } = readVgTable(lines, header, headerText, readPv);
    const data = tables.map(({ vg, items }): LsvgPvs => ({ vg, pvs: items }));
    const read = data.flatMap(({ vg, pvs }) =>
      pvs.map((pv) => `${vg}: ${pv.name} (${pv.state}, ${pv.totalPps} PPs)`),
    );
    return { data, read, errors };
  },
  apply(blocks, input) {
    let facts = input;
    const notes: string[] = [];
    for (const block of blocks) {
      const claimed = claimVg(facts, block.vg);
      facts = claimed.facts;
      if (claimed.role === 'existing-copy' && facts.existingCopy) {
        facts = { ...facts, existingCopy: { ...facts.existingCopy, disks: block.pvs.map((pv) => pv.name) } };
      } else if (claimed.role === 'other') {
        notes.push(otherVgNote('lsvg -p', block.vg, facts));
      } else {
        facts = setSourceDisks(
          facts,
          block.pvs.map((pv) => pv.name),
        );
        for (const pv of block.pvs.filter((p) => p.state !== 'active')) {
          notes.push(`${pv.name} is ${pv.state} in ${block.vg}: the copy needs every disk of the VG`);
        }
      }
    }
    return { facts, notes };
  },
};
