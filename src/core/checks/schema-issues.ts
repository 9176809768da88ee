/**
 * The facts schema's own validation issues as findings, so a field with a bad value is shown at the
 * field like any other check. Used for facts read from files, the API or a paste.
 */
import type { Finding } from '../engine-types';
import { stepOfFact } from '../model/fact-steps';
import { type Facts, factsSchema } from '../model/facts';

export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; findings: Finding[] };

/** Validates unknown input against the facts schema; each issue becomes a blocker at its field. */
export function parseFacts(input: unknown): ParsedFacts {
  const result = factsSchema.safeParse(input);
  if (result.success) return { ok: true, facts: result.data };
  return {
    ok: false,
    findings: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return {
        id: 'facts-schema',
        severity: 'blocker' as const,
        finding: `${field || 'The facts'}: ${issue.message}.`,
        reason: 'The value does not have the form vgcopy expects, so no check or plan can use it.',
        fix: field ? `Correct ${field}.` : 'Provide the runbook facts as a JSON object.',
        step: stepOfFact(String(issue.path[0])),
        ...(field ? { field } : {}),
      };
    }),
  };
}
