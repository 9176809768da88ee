/**
 * Runbooks changed in two places at once: in this tab and on the server (a save refused with 409, the
 * server's copy as `theirs`) or in another tab of this browser (tab-storage.ts). Nothing is overwritten
 * while a conflict waits: the page shows it and the admin keeps theirs, takes the other, or compares both
 * (server-sync.ts resolveConflict).
 */
import { create } from 'zustand';
import type { Runbook } from './runbook';

export interface Conflict {
  /** The other copy: the server's, or the one another tab of this browser wrote. */
  theirs: Runbook;
  where: 'server' | 'tab';
}

export const useConflicts = create<{ conflicts: Record<string, Conflict> }>(() => ({ conflicts: {} }));

export function reportConflict(id: string, conflict: Conflict): void {
  useConflicts.setState((s) => ({ conflicts: { ...s.conflicts, [id]: conflict } }));
}

export function settleConflict(id: string): void {
  useConflicts.setState((s) => {
    const { [id]: _settled, ...rest } = s.conflicts;
    return { conflicts: rest };
  });
}

export function conflictOf(id: string): Conflict | undefined {
  return useConflicts.getState().conflicts[id];
}
