/**
 * The error to show at each field of one runbook: what the facts schema refuses, else the engine's
 * finding for that field (Finding.field) with its fix. Keyed by the fact's dotted path. Shown only at a
 * field the admin has left, or everywhere once an export was asked for (touched.ts); a warning reads as
 * one (`warningPrefix`), never as an error.
 */
import { useMemo } from 'react';
import { warningPrefix } from '../ui/fields';
import { schemaIssues } from './schema-issues';
import { useTouched } from './touched';
import { useFindings } from './use-engine';
import { useRunbooks } from './runbooks';

const noFields: readonly string[] = [];

export function useFieldErrors(runbookId: string): ReadonlyMap<string, string> {
  const facts = useRunbooks((s) => s.runbooks[runbookId]?.facts);
  const findings = useFindings(runbookId);
  const touched = useTouched((s) => s.fields[runbookId] ?? noFields);
  const revealed = useTouched((s) => Boolean(s.revealed[runbookId]));
  return useMemo(() => {
    const errors = new Map(facts ? schemaIssues(facts) : []);
    for (const f of findings) {
      if (f.field && !errors.has(f.field))
        errors.set(f.field, `${f.severity === 'blocker' ? '' : warningPrefix}${f.finding} ${f.fix}`);
    }
    if (revealed) return errors;
    return new Map([...errors].filter(([field]) => touched.includes(field)));
  }, [facts, findings, touched, revealed]);
}
