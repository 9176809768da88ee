/**
 * The facts schema's verdict on a runbook's facts, reached once per facts object and shared by all that
 * read it: the findings, the plan and the errors at the fields. The store replaces the facts object on
 * every change, so a WeakMap keyed by it is an exact cache. The schema is the costliest part of the checks
 * for a big VG (zod runs without eval in the page, zod-without-eval.ts): once per change, not per reader.
 */
import { type FactsSchemaResult, type ParsedFacts, parseFacts } from '../../core/engine';
import { type Facts, factsSchema } from '../../core/model/facts';
import { memoByObject } from './memo-by-object';

/** The schema's own result: the facts it accepts, or its issues with their paths. */
export const schemaResultOf: (facts: Facts) => FactsSchemaResult = memoByObject((facts) =>
  factsSchema.safeParse(facts),
);

/** The same verdict as the engine takes it: the facts, or the schema's issues as findings. */
export const parsedFactsOf: (facts: Facts) => ParsedFacts = memoByObject((facts) =>
  parseFacts(facts, schemaResultOf(facts)),
);
