/** Runbook facts for the parser tests: a new runbook, optionally already naming its source VG. */
import type { Facts } from '../../model/facts';
import { emptyFacts } from '../../model/sample';

/** A new runbook whose admin typed the source VG's name (the wizard's first question). */
export function runbookFor(vg: string): Facts {
  const facts = emptyFacts();
  return { ...facts, sourceVg: { ...facts.sourceVg, name: vg } };
}
