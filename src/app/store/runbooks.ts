/**
 * The runbooks store: every runbook the admin keeps, persisted in the browser (localStorage through
 * zustand's persist middleware), so a reload or a closed tab loses no answer.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { StepId } from '../../core/flow';
import type { Facts } from '../../core/model/facts';
import { emptyFacts } from '../../core/model/sample';

export interface Runbook {
  id: string;
  name: string;
  facts: Facts;
  /** The page the admin was last on, to reopen the runbook where they left it. */
  lastStep: StepId;
  createdAt: string;
  updatedAt: string;
}

interface RunbooksState {
  runbooks: Record<string, Runbook>;
  /** Creates a clean runbook and returns its id. */
  createRunbook(name?: string, facts?: Facts): string;
  rename(id: string, name: string): void;
  updateFacts(id: string, update: (facts: Facts) => Facts): void;
  visit(id: string, step: StepId): void;
}

function newId(): string {
  return crypto.randomUUID().slice(0, 8);
}

export const useRunbooks = create<RunbooksState>()(
  persist(
    (set) => ({
      runbooks: {},
      createRunbook(name = '', facts = emptyFacts()) {
        const id = newId();
        const now = new Date().toISOString();
        set((s) => ({
          runbooks: {
            ...s.runbooks,
            [id]: { id, name, facts, lastStep: 'start', createdAt: now, updatedAt: now },
          },
        }));
        return id;
      },
      rename(id, name) {
        set((s) => patch(s.runbooks, id, { name }));
      },
      updateFacts(id, update) {
        set((s) => {
          const rb = s.runbooks[id];
          return rb ? patch(s.runbooks, id, { facts: update(rb.facts) }) : s;
        });
      },
      visit(id, step) {
        set((s) =>
          s.runbooks[id] && s.runbooks[id].lastStep !== step ? patch(s.runbooks, id, { lastStep: step }) : s,
        );
      },
    }),
    { name: 'vgcopy.runbooks', version: 1 },
  ),
);

function patch(runbooks: Record<string, Runbook>, id: string, change: Partial<Runbook>) {
  const rb = runbooks[id];
  if (!rb) return { runbooks };
  return { runbooks: { ...runbooks, [id]: { ...rb, ...change, updatedAt: new Date().toISOString() } } };
}
