/**
 * `lsvg` (every VG in the ODM, varied on or not) and `lsvg -o` (only the varied-on ones): one VG
 * name per line (docs/aix-behaviour.md §2.1). The two look alike; a prompt line or the collector's section
 * tells them apart, and a bare list is read as `lsvg`.
 */
import { union, withHost } from './facts-edit';
import { issue, type Line, type ParseIssue } from './text';
import type { OutputKind, OutputParser } from './types';

/** AIX VG names: letters, digits, `_`, `-`, `.` (mkvg's rule), one per line. */
const vgName = /^[A-Za-z0-9_.-]+$/;

function parseNames(lines: readonly Line[], command: string) {
  const data: string[] = [];
  const errors: ParseIssue[] = [];
  for (const line of lines) {
    if (vgName.test(line.text)) data.push(line.text);
    else errors.push(issue(line, `expected one VG name per line, as ${command} prints them`));
  }
  return { data, errors };
}

function namesParser(kind: OutputKind, command: string, active: boolean): OutputParser<string[]> {
  return {
    kind,
    command,
    // A name without a letter is more likely a number, or a cut row's end (`00..00..317`), than a VG.
    looksLike: (lines) =>
      lines.length > 0 && lines.every((line) => vgName.test(line.text) && /[A-Za-z]/.test(line.text)),
    parse(lines) {
      const { data, errors } = parseNames(lines, command);
      const read = data.length === 0 ? [] : [`${active ? 'varied on' : 'VGs defined'}: ${data.join(', ')}`];
      return { data, read, errors };
    },
    apply(names, input) {
      let facts = withHost(input, (host) =>
        active ? { ...host, activeVgs: names } : { ...host, vgs: names },
      );
      const notes: string[] = [];
      const source = facts.sourceVg.name;
      if (source !== '') {
        const listed = names.includes(source);
        facts = {
          ...facts,
          sourceOnHost: active
            ? { ...facts.sourceOnHost, variedOn: listed, present: facts.sourceOnHost.present || listed }
            : { ...facts.sourceOnHost, present: listed, variedOn: facts.sourceOnHost.variedOn && listed },
        };
      }
      const copy = facts.existingCopy;
      if (copy && active)
        facts = { ...facts, existingCopy: { ...copy, variedOn: names.includes(copy.vgName) } };
      if (copy && !active && !names.includes(copy.vgName))
        notes.push(`the existing copy ${copy.vgName} is not defined on this host`);
      if (active) facts = withHost(facts, (host) => ({ ...host, vgs: union(host.vgs, names) }));
      return { facts, notes };
    },
  };
}

export const lsvgParser = namesParser('lsvg', 'lsvg', false);
export const lsvgActiveParser = namesParser('lsvg-active', 'lsvg -o', true);
