/**
 * The facts schema's own validation issues as findings, so a field with a bad value is shown at the
 * field like any other check, in the same words in the wizard, the CLI and the API.
 */
import type { Finding } from '../engine-types';
import { stepOfFact } from '../model/fact-steps';
import { type Facts, factsSchema } from '../model/facts';
import { wizardSteps } from '../wizard-steps';
import { issueInWords } from './issue-words';

export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; findings: Finding[] };

/** What the facts schema says of an input: the facts it accepts, or its issues. */
export type FactsSchemaResult = ReturnType<typeof factsSchema.safeParse>;

/**
 * Validates unknown input against the facts schema; each issue becomes a blocker at its field. A caller
 * that has the schema's result for this input already (the wizard keeps one per facts object) passes it,
 * so the schema runs once.
 */
export function parseFacts(
  input: unknown,
  result: FactsSchemaResult = factsSchema.safeParse(input),
): ParsedFacts {
  if (result.success) return { ok: true, facts: result.data };
  return {
    ok: false,
    findings: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const step = stepOfFact(String(issue.path[0]));
      const page = wizardSteps.find((s) => s.id === step)?.title;
      return {
        id: 'facts-schema',
        severity: 'blocker' as const,
        finding: issueInWords(issue, 'The facts'),
        reason: 'The value does not have the form vgcopy expects, so no check or plan can use it.',
        fix: field ? `Enter or correct it on ${page}.` : 'Provide the runbook facts as a JSON object.',
        step,
        ...(field ? { field } : {}),
      };
    }),
  };
}
