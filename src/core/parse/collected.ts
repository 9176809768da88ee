/**
 * The collector's output (public/vgcopy-collect.sh) in one paste: a header naming the VG, then one
 * section per command between "==== begin: COMMAND" and "==== end: COMMAND (exit N)". Each section is
 * read by its command's parser and applied in `applyOrder`, giving a whole draft of the facts and a
 * diagnostic per section.
 */
import { newSetMember } from '../model/copy-set';
import type { Facts } from '../model/facts';
import { emptyFacts } from '../model/sample';
import { collectorHeader, kindOfCommand } from './detect';
import { lsvgPvsParser } from './lsvg-pvs';
import { lsvgStatusParser } from './lsvg-status';
import { type ParsedOutput, parseLines } from './parse-lines';
import { withMembersRead } from './copy-set-read';
import { applyRank } from './registry';
import { byLine, issue, type Line, type ParseIssue, readLines, refusedBetween, toLines } from './text';
import type { OutputKind } from './types';

/** What one section of the collector's output gave. */
export interface CollectedSection {
  /** The command as the collector ran it: 'lsvg -l datavg'. */
  command: string;
  kind: OutputKind | null;
  /** Line of the section's "==== begin:" marker in the pasted text. */
  line: number;
  /** The command's exit code on the host, or null when the section was cut off. */
  exitCode: number | null;
  read: string[];
  errors: ParseIssue[];
  /** What the facts did not take from it, and why. */
  notes: string[];
}

export interface CollectedImport {
  /** The VG the collector was run for. */
  vg: string;
  facts: Facts;
  sections: CollectedSection[];
  /** Lines outside any section, a missing header or end marker. */
  errors: ParseIssue[];
}

export const collectorHeaderExpected =
  "expected the collector's first line '==== vgcopy-collect 1 VGNAME': paste its whole output";
const begin = /^==== begin: (.+)$/;
const end = /^==== end: (.+) \(exit (\d+)\)$/;
const footer = '==== end of vgcopy-collect';

interface RawSection {
  command: string;
  line: number;
  body: Line[];
  exitCode: number | null;
  /** Line of its end marker, of the next section's marker where it was cut, or Infinity at the paste's end. */
  last: number;
}

function splitSections(lines: readonly Line[]): { sections: RawSection[]; errors: ParseIssue[] } {
  const sections: RawSection[] = [];
  const errors: ParseIssue[] = [];
  let open: RawSection | null = null;
  for (const line of lines.slice(1)) {
    const opening = begin.exec(line.text);
    const closing = end.exec(line.text);
    if (open && closing && closing[1] === open.command) {
      open.exitCode = Number(closing[2]);
      open.last = line.n;
      sections.push(open);
      open = null;
    } else if (open && !opening && line.text !== footer) {
      open.body.push(line);
    } else {
      if (open) {
        errors.push(
          issue(
            { n: open.line, text: `==== begin: ${open.command}` },
            `expected '==== end: ${open.command} (exit N)' before the next section: is the paste cut?`,
          ),
        );
        sections.push({ ...open, last: line.n });
        open = null;
      }
      if (opening)
        open = {
          command: opening[1],
          line: line.n,
          body: [],
          exitCode: null,
          last: Number.POSITIVE_INFINITY,
        };
      else if (line.text !== footer)
        errors.push(issue(line, "expected a '==== begin: COMMAND' line; this line is outside any section"));
    }
  }
  if (open) {
    errors.push(
      issue(
        { n: open.line, text: `==== begin: ${open.command}` },
        `expected '==== end: ${open.command} (exit N)': the paste is cut here`,
      ),
    );
    sections.push(open);
  }
  if (lines.length > 0 && lines[lines.length - 1].text !== footer && !open) {
    const last = lines[lines.length - 1];
    errors.push(issue(last, `expected '${footer}' as the last line: is the paste complete?`));
  }
  return { sections, errors };
}

/** Disk sizes where neither lspv hdiskN nor the base gave one: PP size (lsvg VG) × TOTAL PPs (lsvg -p). */
function withDiskSizes(
  facts: Facts,
  sections: readonly RawSection[],
  kinds: readonly (OutputKind | null)[],
): Facts {
  // The sections of this VG: a copy set's collector output has an `lsvg VG` for each of its VGs.
  const body = (kind: OutputKind) =>
    sections.find((s, i) => kinds[i] === kind && kindOfCommand(s.command)?.arg === facts.sourceVg.name)
      ?.body ?? [];
  const ppSizeMb = lsvgStatusParser.parse(body('lsvg-status')).data?.ppSizeMb;
  if (ppSizeMb === undefined) return facts;
  const pvs =
    lsvgPvsParser.parse(body('lsvg-pvs')).data.find((block) => block.vg === facts.sourceVg.name)?.pvs ?? [];
  const disks = facts.sourceVg.disks.map((disk) => {
    const pv = pvs.find((p) => p.name === disk.name);
    return disk.sizeMb === undefined && pv ? { ...disk, sizeMb: pv.totalPps * ppSizeMb } : disk;
  });
  return { ...facts, sourceVg: { ...facts.sourceVg, disks } };
}

/**
 * Reads the collector's whole output into a draft of the facts. `base` (default: a new runbook)
 * keeps what the admin entered that the host cannot tell (copy method, targets, names of the copy);
 * the source VG becomes the one the collector was run for.
 */
export function importCollected(text: string, base: Facts = emptyFacts()): CollectedImport {
  const { lines, refused } = readLines(text);
  const head = lines.length > 0 ? collectorHeader.exec(lines[0].text) : null;
  if (!head) {
    // A paste refused whole (too large) has only that error.
    const missing =
      lines.length === 0 && refused.length > 0
        ? []
        : [issue(lines[0] ?? { n: 1, text: '' }, collectorHeaderExpected)];
    return { vg: '', facts: base, sections: [], errors: byLine([...refused, ...missing]) };
  }
  const [vg = '', ...moreNames] = head[2].split(' ');
  const { sections: raw, errors } = splitSections(lines);
  const kinds = raw.map((section) => kindOfCommand(section.command)?.kind ?? null);
  // A line too long to read is reported in its section, or with the lines outside any section.
  const parsed: ParsedOutput[] = raw.map((section) =>
    parseLines(
      section.body,
      kindOfCommand(section.command),
      section.command,
      { n: section.line, text: `==== begin: ${section.command}` },
      refusedBetween(refused, section.line, section.last),
    ),
  );
  const outside = refused.filter(
    (found) => !raw.some((section) => found.line > section.line && found.line < section.last),
  );
  const sections: CollectedSection[] = raw.map((section, i) => ({
    command: section.command,
    kind: kinds[i],
    line: section.line,
    exitCode: section.exitCode,
    read: parsed[i].read,
    errors: parsed[i].errors,
    notes: [],
  }));
  const keepName = base.sourceVg.name === vg;
  const start: Facts = keepName
    ? base
    : { ...base, sourceVg: { ...base.sourceVg, name: vg, disks: [], lvs: [], fileSystems: [] } };
  const order = raw.map((_, i) => i).sort((a, b) => applyRank(kinds[a]) - applyRank(kinds[b]));
  /** Every section applied to `input`, whose source is the VG read; the notes each section raised. */
  const readAll = (input: Facts) => {
    let facts = input;
    const notes = new Map<number, string[]>();
    for (const i of order) {
      if (kinds[i] === null || parsed[i].read.length === 0) continue;
      const applied = parsed[i].apply(facts);
      facts = applied.facts;
      notes.set(i, applied.notes);
    }
    return { facts: withDiskSizes(facts, raw, kinds), notes };
  };
  const first = readAll(start);
  const readings = [first];
  // A copy set's collector output (run for several VGs): each VG named after the first is a further VG
  // of the runbook's set, read as the source is.
  const named = new Set(start.moreVgs.map((m) => m.sourceVg.name));
  const facts = withMembersRead(
    {
      ...first.facts,
      moreVgs: [
        ...start.moreVgs,
        ...moreNames.filter((name) => !named.has(name)).map((name) => newSetMember(name)),
      ],
    },
    (asSource) => {
      const reading = readAll(asSource);
      readings.push(reading);
      return reading.facts;
    },
  );
  // Each section's notes are those of the reading of the VG it is about (its lsvg, lsvg -l, lsvg -p, the
  // lslv -l of its LVs); the host's sections are the first VG's. The collector lists the other varied-on
  // VGs on purpose (their names are taken): no note for them.
  const setNames = new Set([vg, ...moreNames]);
  for (const i of order) {
    const arg = kindOfCommand(raw[i].command)?.arg ?? '';
    const about = readings.find((r) =>
      setNames.has(arg) ? r.facts.sourceVg.name === arg : r.facts.sourceVg.lvs.some((lv) => lv.name === arg),
    );
    const otherVg = kinds[i] === 'lsvg-lvs' && arg !== vg && !setNames.has(arg);
    sections[i].notes = otherVg ? [] : ((about ?? first).notes.get(i) ?? []);
  }
  return { vg, facts, sections, errors: byLine([...errors, ...outside]) };
}

/**
 * The collector's output as one paste-box result (kind `collector`), or null when the text does not
 * start with the collector's header. Read lines and errors are those of every section.
 */
export function collectedOutput(text: string): ParsedOutput | null {
  const first = toLines(text)[0];
  if (!first || !collectorHeader.test(first.text)) return null;
  const preview = importCollected(text);
  const apply = (facts: Facts) => {
    const imported = importCollected(text, facts);
    return {
      facts: imported.facts,
      notes: imported.sections.flatMap((s) => s.notes.map((note) => `${s.command}: ${note}`)),
    };
  };
  return {
    kind: 'collector',
    command: `vgcopy-collect.sh ${preview.vg}`,
    read: preview.sections.flatMap((s) => s.read.map((line) => `${s.command}: ${line}`)),
    errors: byLine([...preview.errors, ...preview.sections.flatMap((s) => s.errors)]),
    apply,
    patch: (facts) => apply(facts).facts,
  };
}
