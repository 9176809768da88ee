/**
 * The runbooks store: every runbook the admin keeps, persisted in the browser (localStorage through
 * zustand's persist middleware), so a reload or a closed tab loses no answer. server-sync.ts mirrors it
 * to the backend when one is reachable.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { StepId } from '../../core/wizard-steps';
import type { Facts } from '../../core/model/facts';
import { factsDigest, standingReview } from '../../core/model/review';
import { emptyFacts } from '../../core/model/sample';
import type { RunRecord } from '../../core/run-record/record-schema';
import { conflictOf } from './conflicts';
import { ranCopy } from './copy-history';
import { nextRefreshFacts } from './next-refresh';
import type { Runbook } from './runbook';
import { tabStorage } from './tab-storage';

export type { Runbook };

interface RunbooksState {
  runbooks: Record<string, Runbook>;
  /** Creates a clean runbook and returns its id. */
  createRunbook(name?: string, facts?: Facts): string;
  rename(id: string, name: string): void;
  /** Changes the facts; a review given for the facts before no longer stands. */
  updateFacts(id: string, update: (facts: Facts) => Facts): void;
  /** Marks the runbook reviewed by `reviewer`, for its facts as they are now. */
  markReviewed(id: string, reviewer: string): void;
  /** Takes the review mark off. */
  clearReview(id: string): void;
  /**
   * Keeps a run record with the runbook (replacing the one kept), or removes it (undefined): the run's, or
   * the rehearsal's.
   */
  keepRunRecord(id: string, record: RunRecord | undefined, of?: 'run' | 'rehearsal'): void;
  visit(id: string, step: StepId): void;
  /**
   * Copies a runbook and returns the new id: as it is (for another VG), or `forRefresh`, as the runbook of
   * the next refresh of the copy it brought up.
   */
  duplicate(id: string, forRefresh?: boolean): string | undefined;
  /** Removes a runbook and returns it, so the caller can offer an undo. */
  remove(id: string): Runbook | undefined;
  /** Puts back a runbook exactly as it was (undo of remove). */
  restore(runbook: Runbook): void;
  /** Takes a runbook read from the server, unless this browser has a newer change of it. */
  receive(runbook: Runbook): void;
  /** Notes the owner, team and version the server gave a runbook; not a change of the runbook itself. */
  annotate(id: string, server: Pick<Runbook, 'owner' | 'team' | 'version'>): void;
  /**
   * Keeps this copy of a runbook over `theirs` (a conflict settled by the admin): it becomes a change
   * made after theirs, from theirs' version, so it is saved over it.
   */
  keepOver(theirs: Runbook): void;
}

/** Where the browser keeps the runbooks: one place without accounts, one per user with them. */
export const localStoreName = 'vgcopy.runbooks';

/**
 * Opens the runbooks kept in this browser under another name (the signed-in user's), so people who
 * share a browser never see each other's runbooks. localStorage answers at once, so this is synchronous.
 */
export function openRunbooksStore(name: string): void {
  if (useRunbooks.persist.getOptions().name === name) return;
  useRunbooks.persist.setOptions({ name });
  void useRunbooks.persist.rehydrate();
}

function newId(): string {
  return crypto.randomUUID().slice(0, 8);
}

export const useRunbooks = create<RunbooksState>()(
  persist(
    (set, get) => ({
      runbooks: {},
      createRunbook(name = '', facts = emptyFacts()) {
        const id = newId();
        const now = new Date().toISOString();
        set((s) => ({
          runbooks: {
            ...s.runbooks,
            [id]: { id, name, facts, lastStep: 'start', createdAt: now, updatedAt: now, factsChangedAt: now },
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
          if (!rb) return s;
          const facts = update(rb.facts);
          const at = changedAt(rb.updatedAt);
          const change = { facts, factsChangedAt: at, updatedAt: at };
          // The reviewer approved other facts: the mark goes (the server drops it alike).
          const review = standingReview(rb.review, facts);
          return patch(s.runbooks, id, review ? change : { ...change, review: undefined });
        });
      },
      markReviewed(id, reviewer) {
        set((s) => {
          const rb = s.runbooks[id];
          if (!rb) return s;
          const review = {
            reviewer,
            at: new Date().toISOString(),
            ...(rb.version === undefined ? {} : { runbookVersion: rb.version }),
            factsSha256: factsDigest(rb.facts),
          };
          return patch(s.runbooks, id, { review });
        });
      },
      clearReview(id) {
        set((s) => patch(s.runbooks, id, { review: undefined }));
      },
      keepRunRecord(id, record, of = 'run') {
        const kept = record && { ...record, readAt: new Date().toISOString() };
        set((s) =>
          patch(s.runbooks, id, of === 'run' ? ranCopy(s.runbooks[id], kept) : { rehearsalRecord: kept }),
        );
      },
      visit(id, step) {
        // Where the admin is, not a change: updatedAt (the date in the script's header, so the download
        // and the rehearsal are the same bytes) stays that of the runbook's last change.
        set((s) => {
          const rb = s.runbooks[id];
          return rb && rb.lastStep !== step
            ? { runbooks: { ...s.runbooks, [id]: { ...rb, lastStep: step } } }
            : s;
        });
      },
      duplicate(id, forRefresh = false) {
        const rb = get().runbooks[id];
        if (!rb) return undefined;
        const name = rb.name || 'unnamed runbook';
        return forRefresh
          ? get().createRunbook(`Refresh of ${name}`, nextRefreshFacts(rb.facts))
          : get().createRunbook(`Copy of ${name}`, structuredClone(rb.facts));
      },
      remove(id) {
        const rb = get().runbooks[id];
        if (rb) {
          set((s) => {
            const { [id]: _removed, ...rest } = s.runbooks;
            return { runbooks: rest };
          });
        }
        return rb;
      },
      restore(runbook) {
        set((s) => ({ runbooks: { ...s.runbooks, [runbook.id]: runbook } }));
      },
      receive(runbook) {
        set((s) => {
          const local = s.runbooks[runbook.id];
          if (local && local.updatedAt >= runbook.updatedAt) {
            return local.owner === runbook.owner && local.team === runbook.team
              ? s
              : {
                  runbooks: {
                    ...s.runbooks,
                    [runbook.id]: { ...local, owner: runbook.owner, team: runbook.team },
                  },
                };
          }
          return { runbooks: { ...s.runbooks, [runbook.id]: runbook } };
        });
      },
      annotate(id, server) {
        set((s) => {
          const rb = s.runbooks[id];
          const noted = { ...rb, ...server };
          if (!rb || (rb.owner === noted.owner && rb.team === noted.team && rb.version === noted.version))
            return s;
          return { runbooks: { ...s.runbooks, [id]: noted } };
        });
      },
      keepOver(theirs) {
        set((s) => {
          const rb = s.runbooks[theirs.id] ?? theirs;
          // ISO times: the later of the two, so the kept copy is a change after both.
          const [after] = [rb.updatedAt, theirs.updatedAt].sort().reverse();
          const kept = { ...rb, version: theirs.version, updatedAt: changedAt(after) };
          return { runbooks: { ...s.runbooks, [theirs.id]: kept } };
        });
      },
    }),
    {
      name: localStoreName,
      version: 1,
      partialize: (s) => ({ runbooks: s.runbooks }),
      storage: tabStorage,
      // A runbook kept by an older version lacks the facts added since: they get their defaults, so
      // its pages open; what is still malformed shows in the checks (and, at worst, the error page).
      // A runbook in conflict stays as this tab has it until the admin chooses.
      merge: (persisted, current) => ({
        ...current,
        runbooks: Object.fromEntries(
          Object.entries((persisted as Partial<RunbooksState> | undefined)?.runbooks ?? {}).map(
            ([id, rb]) => [
              id,
              conflictOf(id) && current.runbooks[id]
                ? current.runbooks[id]
                : { ...rb, facts: { ...emptyFacts(), ...rb.facts } },
            ],
          ),
        ),
      }),
    },
  ),
);

function patch(runbooks: Record<string, Runbook>, id: string, change: Partial<Runbook>) {
  const rb = runbooks[id];
  if (!rb) return { runbooks };
  return { runbooks: { ...runbooks, [id]: { ...rb, updatedAt: changedAt(rb.updatedAt), ...change } } };
}

/**
 * When a change was made: now, or one millisecond after the runbook's last change when the clock has
 * not moved on since. Each change gets its own updatedAt, because the server sync sends a runbook only
 * when its updatedAt differs from the one the server has (a second change in the same millisecond
 * would otherwise never be sent).
 */
function changedAt(previous: string): string {
  const now = Date.now();
  const last = Date.parse(previous);
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}
