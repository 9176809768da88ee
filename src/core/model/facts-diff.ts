/**
 * Where two versions of a runbook's facts differ, field by field (a dotted path per value, as the checks
 * name fields), with the wizard page each field is entered on: what the page shows when a runbook was
 * changed in two places at once, so the admin sees what keeping one or the other would lose.
 */
import type { StepId } from '../wizard-steps';
import { stepOfFact } from './fact-steps';
import type { Facts } from './facts';

export interface FactDifference {
  /** Dotted path of the value, e.g. `sourceVg.disks.0.pvid`. */
  field: string;
  step: StepId;
  /** The value in each version, as JSON; `(none)` where that version has none. */
  mine: string;
  theirs: string;
}

const shown = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

function leaves(mine: unknown, theirs: unknown, path: string[], out: FactDifference[]): void {
  const nested = (v: unknown) => typeof v === 'object' && v !== null;
  if (nested(mine) && nested(theirs) && Array.isArray(mine) === Array.isArray(theirs)) {
    const a = mine as Record<string, unknown>;
    const b = theirs as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      leaves(a[key], b[key], [...path, key], out);
    }
    return;
  }
  if (JSON.stringify(mine) === JSON.stringify(theirs)) return;
  out.push({
    field: path.join('.'),
    step: stepOfFact(path[0] ?? ''),
    mine: shown(mine),
    theirs: shown(theirs),
  });
}

/** Every value that differs between two versions of the facts, in the order of the facts. */
export function factDifferences(mine: Facts, theirs: Facts): FactDifference[] {
  const out: FactDifference[] = [];
  leaves(mine, theirs, [], out);
  return out;
}
