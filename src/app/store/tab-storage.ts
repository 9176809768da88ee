/**
 * The runbook store's place in localStorage, shared by every tab of the browser: each runbook is written
 * compare-and-set (tab-merge.ts), so a tab never puts back its older copy over another tab's change, and
 * a runbook changed in two tabs at once is a conflict the admin settles (conflicts.ts).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportConflict } from './conflicts';
import type { Runbook } from './runbook';
import { mergeTabWrite, stampOf } from './tab-merge';

interface Kept {
  runbooks: Record<string, Runbook>;
}

/** Each runbook as this tab last read it from localStorage or wrote it there. */
const seen = new Map<string, string>();

/**
 * The store's text as this tab last read or wrote it, and that text parsed. Every change of the store
 * (each keystroke) writes it, and parsing a big VG's runbook again each time would cost the keystroke
 * tens of milliseconds: the text is parsed again only when another tab has written it.
 */
let known: { name: string; raw: string; value: StorageValue<Kept> } | undefined;

function read(name: string): { raw: string | null; value: StorageValue<Kept> | null } {
  const raw = localStorage.getItem(name);
  if (!raw) return { raw, value: null };
  if (known?.name !== name || known.raw !== raw)
    known = { name, raw, value: JSON.parse(raw) as StorageValue<Kept> };
  return { raw, value: known.value };
}

/** The admin chose to keep their copy over `theirs`: the next write replaces it. */
export function overrule(theirs: Runbook): void {
  const stamp = stampOf(theirs);
  if (stamp) seen.set(theirs.id, stamp);
}

export const tabStorage: PersistStorage<Kept> = {
  getItem(name) {
    const { value } = read(name);
    seen.clear();
    for (const rb of Object.values(value?.state.runbooks ?? {})) seen.set(rb.id, stampOf(rb) ?? '');
    return value;
  },
  setItem(name, value) {
    const mine = value.state.runbooks;
    const stored = read(name);
    const { runbooks, conflicts } = mergeTabWrite(mine, stored.value?.state.runbooks ?? {}, seen);
    const written = { ...value, state: { ...value.state, runbooks } };
    const text = JSON.stringify(written);
    // An unchanged value is not written again: every write wakes the other tabs (the storage event).
    if (text !== stored.raw) localStorage.setItem(name, text);
    known = { name, raw: text, value: written };
    // What this tab wrote is what it has seen; another tab's copy kept over this tab's stale one is not,
    // until this tab reads it (the storage event), so the next write keeps it again.
    for (const id of new Set([...Object.keys(mine), ...seen.keys()])) {
      if (runbooks[id] !== mine[id]) continue;
      const stamp = stampOf(mine[id]);
      if (stamp) seen.set(id, stamp);
      else seen.delete(id);
    }
    for (const { mine: m, theirs } of conflicts) reportConflict(m.id, { theirs, where: 'tab' });
  },
  removeItem: (name) => localStorage.removeItem(name),
};
