/**
 * Finding and validating scenarios: the built-in library by name, or an uploaded JSON document.
 */
import type { z } from 'zod';
import { checkFault } from '../faults/kinds';
import { builtInScenarios } from './library/index';
import { type Scenario, scenarioSchema } from './schema';

/** One line per built-in scenario, for pickers and `npm run sim -- --list`. */
export interface ScenarioSummary {
  name: string;
  title: string;
  description: string;
}

export function listScenarios(): ScenarioSummary[] {
  return builtInScenarios.map(({ name, title, description }) => ({ name, title, description }));
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`,
  );
}

/** Validates a scenario document (already parsed from JSON, or as JSON text). Errors name the field. */
export function parseScenario(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`the scenario is not valid JSON: ${(e as Error).message}`] };
    }
  }
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  // Which commands can fail, and how, is known only to the simulator's commands, not to the schema.
  const faultErrors = parsed.data.faults.flatMap((fault, i) => {
    const problem = checkFault(fault);
    return problem ? [`faults.${i}: ${problem}`] : [];
  });
  return faultErrors.length > 0 ? { ok: false, errors: faultErrors } : { ok: true, scenario: parsed.data };
}

/** A built-in scenario by name, validated; undefined for an unknown name. */
export function loadScenario(name: string): Scenario | undefined {
  const input = builtInScenarios.find((s) => s.name === name);
  return input ? scenarioSchema.parse(input) : undefined;
}
