/**
 * Two tabs of one browser write the same runbook store (localStorage). A tab that has not yet taken in
 * the other's change never writes its older copy back: a runbook changed in both is a conflict the admin
 * settles, and one changed in only one tab keeps that change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../test-support/memory-storage';

let localStorage: Storage;

beforeEach(() => {
  localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
});
afterEach(() => vi.unstubAllGlobals());

/** A tab: the store modules as a page loads them, reading what the other tabs wrote. */
async function openTab() {
  vi.resetModules();
  const { useRunbooks } = await import('./runbooks');
  const { useConflicts } = await import('./conflicts');
  const { resolveConflict } = await import('./server-sync');
  await useRunbooks.persist.rehydrate();
  return { useRunbooks, useConflicts, resolveConflict };
}

const storedNames = () =>
  Object.values(
    (JSON.parse(localStorage.getItem('vgcopy.runbooks') ?? '{}') as { state: { runbooks: object } }).state
      .runbooks,
  ).map((rb) => (rb as { name: string }).name);

describe("two tabs of one browser writing each other's runbooks", () => {
  it('keeps a change made in one tab when the other, not yet told of it, changes another runbook', async () => {
    const first = await openTab();
    const datavg = first.useRunbooks.getState().createRunbook('datavg');
    first.useRunbooks.getState().createRunbook('appvg');
    const second = await openTab();
    const appvg = Object.keys(second.useRunbooks.getState().runbooks).find((id) => id !== datavg) ?? '';

    first.useRunbooks.getState().rename(datavg, 'datavg, renamed in the first tab');
    second.useRunbooks.getState().rename(appvg, 'appvg, renamed in the second tab');
    expect(storedNames().sort()).toEqual([
      'appvg, renamed in the second tab',
      'datavg, renamed in the first tab',
    ]);
    expect(second.useConflicts.getState().conflicts).toEqual({});
  });

  it('makes a runbook changed in both tabs a conflict, and writes the second tab’s copy only when kept', async () => {
    const first = await openTab();
    const id = first.useRunbooks.getState().createRunbook('datavg');
    const second = await openTab();

    first.useRunbooks.getState().rename(id, 'datavg, first tab');
    second.useRunbooks.getState().rename(id, 'datavg, second tab');
    expect(storedNames()).toEqual(['datavg, first tab']);
    expect(second.useConflicts.getState().conflicts[id]).toMatchObject({
      where: 'tab',
      theirs: { name: 'datavg, first tab' },
    });
    expect(second.useRunbooks.getState().runbooks[id].name).toBe('datavg, second tab');

    second.resolveConflict(id, 'mine');
    expect(storedNames()).toEqual(['datavg, second tab']);
    expect(second.useConflicts.getState().conflicts).toEqual({});
  });
});
