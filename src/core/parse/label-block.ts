/**
 * The "LABEL:  value   LABEL:  value" status blocks of `lspv hdiskN` and `lsvg VG` (docs/aix-behaviour.md
 * §1.3, §2.2). Values hold blanks ("64 megabyte(s)") and labels hold lower case ("MAX PPs per VG"),
 * so the block is split at the labels AIX prints, not at blanks.
 */
import { issue, type Line, type ParseIssue } from './text';

const isBlank = (char: string | undefined) => char !== undefined && char.trim() === '';

/** A label on a line: where it starts and where its value starts (after its colon). */
interface LabelAt {
  label: string;
  at: number;
  valueAt: number;
}

/** A label as printed: with its colon, or a colonless one that a blank must follow. */
interface Printed {
  label: string;
  token: string;
  colonless: boolean;
}

/**
 * The labels on a line, left to right. A label starts the line or follows a blank, and ends with its
 * colon (a colonless one with a blank); the longest label that fits wins (`LTG size (Dynamic)` over
 * `LTG size`). Plain string comparisons, so the work stays linear in the line whatever it holds.
 */
function labelsOn(text: string, printed: readonly Printed[], initials: ReadonlySet<string>): LabelAt[] {
  const found: LabelAt[] = [];
  for (let at = 0; at < text.length; at++) {
    if ((at > 0 && !isBlank(text[at - 1])) || !initials.has(text[at])) continue;
    const hit = printed.find(
      ({ token, colonless }) =>
        text.startsWith(token, at) && (!colonless || isBlank(text[at + token.length])),
    );
    if (hit === undefined) continue;
    found.push({ label: hit.label, at, valueAt: at + hit.token.length });
    at += hit.token.length - 1;
  }
  return found;
}

/**
 * The first labels of the status blocks (`lspv hdiskN`, `lsvg VG`): on a later line, another block
 * pasted after this one begins, which must not pass for a newer AIX level's unknown label.
 */
const blockStarts = ['PHYSICAL VOLUME:', 'VOLUME GROUP:'];

/**
 * Reads a status block. `labels` are the labels the command prints; `colonless` those printed
 * without a colon (lspv's `VG IDENTIFIER`). A line starting with an unknown "WORDS:" label is a
 * newer AIX level's addition and is skipped; any other line is an error.
 */
export function readLabelBlock(
  lines: readonly Line[],
  labels: readonly string[],
  command: string,
  colonless: readonly string[] = [],
): { values: Map<string, { value: string; line: Line }>; errors: ParseIssue[] } {
  const printed = [
    ...labels.map((label) => ({ label, token: `${label}:`, colonless: false })),
    ...colonless.map((label) => ({ label, token: label, colonless: true })),
  ].sort((a, b) => b.token.length - a.token.length);
  const initials = new Set(printed.map(({ token }) => token[0]));
  const values = new Map<string, { value: string; line: Line }>();
  const errors: ParseIssue[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && blockStarts.some((start) => line.text.startsWith(start))) {
      errors.push(issue(line, `expected the lines of one ${command}: this line starts another status block`));
      return;
    }
    const found = labelsOn(line.text, printed, initials);
    if (found.length === 0 || line.text.slice(0, found[0].at).trim() !== '') {
      if (!/^[A-Z][A-Za-z0-9 ()/?-]*:(\s|$)/.test(line.text))
        errors.push(issue(line, `expected 'LABEL:  value' lines of ${command}`));
      return;
    }
    found.forEach(({ label, valueAt }, i) => {
      const end = i + 1 < found.length ? found[i + 1].at : line.text.length;
      // AIX prints each label once: a second one starts another command's block pasted after it.
      if (values.has(label)) errors.push(issue(line, `expected '${label}:' once in ${command}`));
      else values.set(label, { value: line.text.slice(valueAt, end).trim(), line });
    });
  });
  return { values, errors };
}

/** "1599 (102336 megabytes)" -> 102336; "64 megabyte(s)" -> 64. */
export function megabytes(value: string | undefined): number | undefined {
  // \b: a match starts only at a number's first digit, never again inside it.
  const match = /\b(\d+) megabyte/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The values that have not the shape AIX gives them (`checks`: a label and what is wrong with its
 * value), each an error at its line: `VOLUME GROUP:  datavg  VG IDENTIFIER: …` read as one value is
 * no VG name.
 */
export function valueProblems(
  values: ReadonlyMap<string, { value: string; line: Line }>,
  checks: Record<string, (value: string) => string | undefined>,
): ParseIssue[] {
  return Object.entries(checks).flatMap(([label, problemOf]) => {
    const found = values.get(label);
    const problem = found && problemOf(found.value);
    return found && problem ? [issue(found.line, `expected '${label}:' as AIX prints it: ${problem}`)] : [];
  });
}
