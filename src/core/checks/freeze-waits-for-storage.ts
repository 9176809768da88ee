/**
 * docs/procedure.md: the freeze ends by itself when its timeout runs out, so the timeout must cover the copy's
 * start. When the script pauses for the storage admin between freeze and thaw, a person's reply is part
 * of that time.
 */
import { usesFreeze } from '../model/copy-layout';
import { defineCheck } from './check';

export const freezeWaitsForStorage = defineCheck('freeze-waits-for-storage', ({ facts }) => {
  const pauses = (facts.storage?.commands ?? 'pause') === 'pause';
  if (!usesFreeze(facts) || !pauses || !facts.sourceOnHost.present) return [];
  return [
    {
      severity: 'warning',
      finding: `The file systems stay frozen (at most ${facts.consistency.freezeTimeoutSeconds} s) while the script waits for the storage admin.`,
      reason:
        'Writers wait while a file system is frozen, and the freeze ends by itself at the timeout: the storage admin must start the copy and answer within it.',
      fix: 'Let the script run the storage CLI (storage commands: CLI), or have the storage admin ready on the line and set a freeze timeout that covers their reply.',
      step: 'consistency',
      field: 'storage.commands',
    },
  ];
});
