/**
 * A whole paste as the Start page reads it: the collector's output, or AIX command outputs with or without
 * prompt lines, each shown as a section, and applied to the facts in `applyOrder` with the source VG named
 * first. Pure, so the page runs it on its own thread for a small paste and in a worker for a large one.
 */
import type { Facts } from '../model/facts';
import { importCollected } from './collected';
import { withMembersRead } from './copy-set-read';
import { type ParsedOutput, parsePaste } from './parse-output';
import { applyRank } from './registry';
import type { ParseIssue } from './text';
import type { Applied, OutputKind } from './types';

/** What the paste box shows of one command's output, and its kind (for what is still needed). */
export interface ReadSection {
  title: string;
  kind: OutputKind | null;
  read: string[];
  errors: ParseIssue[];
}

/** A paste read: the sections to show, and the facts with what was read (and notes on what was not taken). */
export interface PasteRead {
  sections: ReadSection[];
  apply(facts: Facts): Applied;
}

/** The collector's output starts with its header (indented where it was copied from a ticket). */
const collectorStart = /^\s*==== vgcopy-collect /;

/** The outputs that name a VG: a new runbook adopts the first VG they show as its source. */
const namingKinds: readonly OutputKind[] = ['lsvg-status', 'lsvg-pvs', 'lsvg-lvs'];

/**
 * Applies outputs in `applyOrder`. On a runbook whose source VG has no name yet, the name comes first from
 * whichever output shows it (lsvg VG, lsvg -p VG, lsvg -l VG), wherever it stands in the paste and in the
 * order: lspv picks the source's disks by VG name, so it read nothing when applied before lsvg -l.
 */
export function applyOutputs(outputs: readonly ParsedOutput[], facts: Facts): Applied {
  const applied = applyToSource(outputs, facts);
  return {
    facts: withMembersRead(applied.facts, (asSource) => applyToSource(outputs, asSource).facts),
    notes: applied.notes,
  };
}

function applyToSource(outputs: readonly ParsedOutput[], facts: Facts): Applied {
  const ordered = outputs
    .filter((o) => o.read.length > 0)
    .sort((a, b) => applyRank(a.kind) - applyRank(b.kind));
  const naming = ordered.find((o) => o.kind !== null && namingKinds.includes(o.kind));
  const name = facts.sourceVg.name === '' && naming ? naming.apply(facts).facts.sourceVg.name : '';
  let next = name ? { ...facts, sourceVg: { ...facts.sourceVg, name } } : facts;
  const notes: string[] = [];
  for (const o of ordered) {
    const applied = o.apply(next);
    next = applied.facts;
    notes.push(...applied.notes);
  }
  return { facts: next, notes };
}

/** Reads a paste: the collector's whole output, or AIX command output with or without prompt lines. */
export function readPaste(text: string): PasteRead {
  if (collectorStart.test(text)) {
    const preview = importCollected(text);
    return {
      sections: [
        ...preview.sections.map((s) => ({
          title: `Read as ${s.command}`,
          kind: s.kind,
          read: s.read,
          errors: s.errors,
        })),
        { title: 'Collector output', kind: null, read: [], errors: preview.errors },
      ].filter((s) => s.read.length > 0 || s.errors.length > 0),
      apply(facts) {
        const imported = importCollected(text, facts);
        return { facts: imported.facts, notes: imported.sections.flatMap((s) => s.notes) };
      },
    };
  }
  const outputs = parsePaste(text);
  return {
    sections: outputs.map((o) => ({
      title: `${o.kind ? `Read as ${o.command}` : 'Not recognised'}${o.prompt ? ` (after the prompt "${o.prompt}")` : ''}`,
      kind: o.kind,
      read: o.read,
      errors: o.errors,
    })),
    apply: (facts) => applyOutputs(outputs, facts),
  };
}
