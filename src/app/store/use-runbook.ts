/** One runbook's facts and the action to change them, for the pages of the wizard. */
import { useCallback } from 'react';
import type { Facts } from '../../core/model/facts';
import { type Runbook, useRunbooks } from './runbooks';

export function useRunbook(runbookId: string): {
  runbook: Runbook;
  update(change: (facts: Facts) => Facts): void;
} {
  const runbook = useRunbooks((s) => s.runbooks[runbookId]);
  const updateFacts = useRunbooks((s) => s.updateFacts);
  const update = useCallback(
    (change: (facts: Facts) => Facts) => updateFacts(runbookId, change),
    [runbookId, updateFacts],
  );
  if (!runbook) throw new Error(`Runbook ${runbookId} is not in this browser.`);
  return { runbook, update };
}
