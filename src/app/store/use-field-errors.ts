/**
 * The error to show at each field of one runbook: what the facts schema refuses, else the engine's
 * finding for that field (Finding.field) with its fix. Keyed by the fact's dotted path.
 */
import { useMemo } from 'react';
import { schemaIssues } from './schema-issues';
import { useFindings } from './use-engine';
import { useRunbooks } from './runbooks';

export function useFieldErrors(runbookId: string): ReadonlyMap<string, string> {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  const findings = useFindings(runbookId);
  return useMemo(() => {
    const errors = new Map(facts ? schemaIssues(facts) : []);
    for (const f of findings) {
      if (f.field && !errors.has(f.field)) errors.set(f.field, `${f.finding} ${f.fix}`);
    }
    return errors;
  }, [facts, findings]);
}
