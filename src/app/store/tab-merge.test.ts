/** Two tabs of one browser write the runbook store: neither puts back an older copy over the other's change. */
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../core/model/sample';
import type { Runbook } from './runbook';
import { mergeTabWrite, stampOf } from './tab-merge';

const runbook = (id: string, name: string, updatedAt: string): Runbook => ({
  id,
  name,
  facts: emptyFacts(),
  lastStep: 'start',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt,
});
const opened = runbook('rb1', 'datavg', '2026-12-01T10:00:00.000Z');
const other = runbook('rb2', 'appvg', '2026-12-01T10:00:00.000Z');
/** Both tabs opened the store holding rb1 and rb2 as they were. */
const seen = new Map([
  ['rb1', stampOf(opened) ?? ''],
  ['rb2', stampOf(other) ?? ''],
]);

describe('a tab writing the runbooks other tabs of the browser write too', () => {
  it("keeps another tab's change of a runbook this tab did not touch, and writes its own change of another", () => {
    const renamedThere = runbook('rb1', 'datavg, renamed in tab 1', '2026-12-01T10:01:00.000Z');
    const renamedHere = runbook('rb2', 'appvg, renamed in tab 2', '2026-12-01T10:02:00.000Z');
    expect(mergeTabWrite({ rb1: opened, rb2: renamedHere }, { rb1: renamedThere, rb2: other }, seen)).toEqual(
      {
        runbooks: { rb1: renamedThere, rb2: renamedHere },
        conflicts: [],
      },
    );
  });

  it('keeps the stored copy of a runbook changed in both tabs and reports the conflict', () => {
    const theirs = runbook('rb1', 'datavg, renamed in tab 1', '2026-12-01T10:01:00.000Z');
    const mine = runbook('rb1', 'datavg, renamed in tab 2', '2026-12-01T10:02:00.000Z');
    expect(mergeTabWrite({ rb1: mine, rb2: other }, { rb1: theirs, rb2: other }, seen)).toEqual({
      runbooks: { rb1: theirs, rb2: other },
      conflicts: [{ mine, theirs }],
    });
  });

  it('removes what one tab removed, but keeps a runbook removed in one tab and changed in the other', () => {
    const changedThere = runbook('rb2', 'appvg, renamed in tab 1', '2026-12-01T10:01:00.000Z');
    const created = runbook('rb3', 'new in tab 2', '2026-12-01T10:02:00.000Z');
    expect(mergeTabWrite({ rb3: created }, { rb1: opened, rb2: changedThere }, seen)).toEqual({
      runbooks: { rb2: changedThere, rb3: created },
      conflicts: [],
    });
  });
});
