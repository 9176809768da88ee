/**
 * A rehearsal kept as JSON (the page's Web Worker keeps one in the tab) and resumed in a new session of
 * the same scenario after a reload: same world, transcript, script position, snapshots; it goes on alike.
 */
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from './sim-session';
import { actions, play } from './test-support/play';

const firstFlashcopy = { kind: 'scenario', id: 'first-flashcopy' } as const;
const script = ['lsvg -o', 'cfgmgr', 'lspv'].join('\n');

describe('a rehearsal kept and resumed in a new session', () => {
  it('comes back with its world, transcript, script position and snapshots, and goes on alike', async () => {
    const before = await play(firstFlashcopy, 'rehearse', [
      ...actions('umount /data', 'storage-button'),
      { type: 'snapshot-save', name: 'after the copy' },
      { type: 'script-load', text: script },
      { type: 'script-step' },
    ]);
    const kept = before.session.keepable();
    if ('error' in kept) throw new Error(kept.error);
    const record = JSON.parse(JSON.stringify(kept)) as SessionRecord;

    const after = await play(firstFlashcopy, 'rehearse');
    await after.session.resume(record);
    expect(after.session.opened()).toEqual(before.session.opened());
    expect(after.session.opened()).toMatchObject({
      script: { status: 'paused', currentLine: 2 },
      snapshots: [{ id: 1, name: 'after the copy' }],
    });

    // The script goes on from line 2 in both, with the same outputs (cfgmgr finds the copy's disks).
    const next = { type: 'script-run-to-end' } as const;
    expect(await after.send(next)).toEqual(await before.send(next));
    expect(after.session.opened()).toEqual(before.session.opened());
  });

  it('comes back with no script when the one kept had finished or none was loaded', async () => {
    const before = await play(firstFlashcopy, 'rehearse', actions('lsvg -o'));
    const kept = before.session.keepable();
    if ('error' in kept) throw new Error(kept.error);
    const after = await play(firstFlashcopy, 'rehearse');
    await after.session.resume(JSON.parse(JSON.stringify(kept)));
    expect(after.session.opened()).toEqual(before.session.opened());
    expect(after.session.opened()).toMatchObject({ script: { status: 'idle' } });
  });
});
