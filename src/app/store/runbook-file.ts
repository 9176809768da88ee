/**
 * A runbook as a JSON file, to hand it to a colleague or keep it beside the change ticket. Reading one
 * back validates it with the facts schema, and a bad file gets a message naming the field at fault.
 */
import { z } from 'zod';
import { issueInWords } from '../../core/checks/issue-words';
import { factsSchema, type Facts } from '../../core/model/facts';

const fileSchema = z.object({
  format: z.literal('vgcopy-runbook', { message: 'this is not a vgcopy runbook file' }),
  version: z.literal(1, {
    error: ({ input }) =>
      input === undefined
        ? 'the file has no version (a vgcopy runbook file says "version": 1)'
        : typeof input === 'number' && input > 1
          ? 'this runbook file comes from a newer vgcopy (version 1 is read here)'
          : `${JSON.stringify(input)} is not a version vgcopy writes (version 1 is read here)`,
  }),
  name: z.string(),
  facts: factsSchema,
});

/** The JSON text of an exported runbook. */
export function runbookToFile(name: string, facts: Facts): string {
  return `${JSON.stringify({ format: 'vgcopy-runbook', version: 1, name, facts }, null, 2)}\n`;
}

export type ReadResult = { ok: true; name: string; facts: Facts } | { ok: false; error: string };

/** Reads an exported runbook; never throws: a bad file gives one sentence saying what is wrong. */
export function runbookFromFile(text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: `The file is not JSON (${(e as Error).message}). Choose a file exported by vgcopy.`,
    };
  }
  const parsed = fileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, name: parsed.data.name, facts: parsed.data.facts };
  const issues = parsed.error.issues.slice(0, 3).map((i) => issueInWords(i, 'The file'));
  return { ok: false, error: `The runbook file is not valid. ${issues.join(' ')}` };
}

/** A file name for the download: the runbook's name in kebab-case. */
export function runbookFileName(name: string, extension: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'runbook'}.${extension}`;
}
