/**
 * The error to show at each field of one runbook: what the facts schema refuses, else the engine's
 * finding for that field (Finding.field) with its fix. Keyed by the fact's dotted path. Shown only at a
 * field the admin has left, or everywhere once an export was asked for (touched.ts); a warning reads as
 * one (`warningPrefix`), never as an error. They follow the checks, a frame or two behind typing
 * (use-engine.ts); while the errors stay the same, so does the map, and the fields are not drawn again.
 */
import { useMemo, useRef } from 'react';
import { warningPrefix } from '../ui/fields';
import { schemaIssues } from './schema-issues';
import { useTouched } from './touched';
import { useChecks } from './use-engine';

const noFields: readonly string[] = [];

function sameErrors(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([field, error]) => b.get(field) === error);
}

export function useFieldErrors(runbookId: string): ReadonlyMap<string, string> {
  const { facts, findings } = useChecks(runbookId);
  const touched = useTouched((s) => s.fields[runbookId] ?? noFields);
  const revealed = useTouched((s) => Boolean(s.revealed[runbookId]));
  const shown = useRef<ReadonlyMap<string, string>>(new Map());
  return useMemo(() => {
    const errors = new Map(facts ? schemaIssues(facts) : []);
    for (const f of findings) {
      if (f.field && !errors.has(f.field))
        errors.set(f.field, `${f.severity === 'blocker' ? '' : warningPrefix}${f.finding} ${f.fix}`);
    }
    const now = revealed ? errors : new Map([...errors].filter(([field]) => touched.includes(field)));
    if (!sameErrors(now, shown.current)) shown.current = now;
    return shown.current;
  }, [facts, findings, touched, revealed]);
}
