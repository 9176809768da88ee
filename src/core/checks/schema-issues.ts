/**
 * The facts schema's own validation issues as findings, so a field with a bad value is shown at the
 * field like any other check. Used for facts read from files, the API or a paste.
 */
import type { StepId } from '../wizard-steps';
import type { Finding } from '../engine-types';
import { type Facts, factsSchema } from '../model/facts';

/** The wizard page where each top-level fact is entered. */
const stepOf: Record<string, StepId> = {
  hostname: 'start',
  aix: 'start',
  multipath: 'start',
  copy: 'start',
  sourceVg: 'start',
  host: 'start',
  sourceOnHost: 'phase1',
  mode: 'phase1',
  existingCopy: 'phase1',
  targets: 'phase1',
  storage: 'phase1',
  consistency: 'consistency',
  applications: 'consistency',
  newVg: 'phase2',
  chdevPvSteps: 'phase2',
};

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
        step: stepOf[String(issue.path[0])] ?? 'start',
        ...(field ? { field } : {}),
      };
    }),
  };
}
