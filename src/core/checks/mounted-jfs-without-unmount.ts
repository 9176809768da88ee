/**
 * docs/procedure.md: JFS2 file systems are frozen with chfs -a freeze; "JFS has no freeze: prefer JFS2". A
 * mounted JFS file system copied live is caught with data in the cache.
 */
import { mountedSourceFileSystems, usesFreeze } from '../model/copy-layout';
import { defineCheck, listNames } from './check';

export const mountedJfsWithoutUnmount = defineCheck('mounted-jfs-without-unmount', ({ facts, layout }) => {
  if (!layout.live) return [];
  const jfs = mountedSourceFileSystems(facts)
    .filter((f) => f.vfs === 'jfs')
    .map((f) => f.mountPoint);
  if (jfs.length === 0) return [];
  const freezeOnly = facts.consistency.approach === 'freeze';
  return [
    {
      severity: freezeOnly ? 'blocker' : 'warning',
      finding: `JFS file systems ${listNames(jfs)} stay mounted during the copy, and JFS cannot be frozen.`,
      reason: usesFreeze(facts)
        ? 'chfs -a freeze works on JFS2 only: a JFS file system keeps writing, its cache is not flushed, and the copy catches it mid-write.'
        : 'JFS has no freeze: only unmounting flushes its cache before the copy.',
      fix: 'Unmount the JFS file systems before the copy (or migrate them to JFS2).',
      step: 'consistency',
      field: 'consistency.approach',
    },
  ];
});
