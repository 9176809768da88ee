import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import type { Facts } from './model/facts';
import { validFacts } from './test-support/arbitraries';
import { db2WithoutName } from './test-support/facts';

const meta = { generatedAt: '2026-12-06T05:00:00Z', version: '0.1.0' };

/** The markers the planner writes for a value it does not know (`<storage-image-id>`), and DB2's DBNAME. */
const placeholder = /<[a-z][^<>\s'"]*>|\bDBNAME\b/;

/** What the script shows the storage admin: the pause, the undo's record and its printed commands. */
const storageAdminText =
  /^\s*(pause 'the storage admin' |undo_about \S+ '[^']*' '[^']*' 'the storage admin' |log ' {6})/;

/** A complete runbook with some of the values a script needs left out, as an admin in a hurry leaves them. */
const gappedFacts = fc
  .record({
    facts: validFacts,
    image: fc.boolean(),
    remoteImage: fc.boolean(),
    wwnn: fc.boolean(),
    ports: fc.boolean(),
    volume: fc.boolean(),
    db2WithoutName: fc.boolean(),
    mode: fc.constantFrom('pause' as const, 'cli' as const),
  })
  .map((p) => {
    const f: Facts = structuredClone(p.facts);
    if (f.storage) {
      if (p.image) f.storage.storageImage = '';
      if (p.remoteImage) f.storage.remoteStorageImage = '';
      if (p.wwnn) f.storage.remoteWwnn = '';
      if (p.ports) f.storage.pprcPorts = '';
    }
    if (p.volume) f.targets.luns[0].storageVolume = '';
    if (p.db2WithoutName) f.applications.push(db2WithoutName);
    return { facts: f, mode: p.mode };
  });

describe('placeholders never reach a script', () => {
  it('a runbook without blockers gives a script whose commands hold no placeholder', () => {
    let written = 0;
    fc.assert(
      fc.property(gappedFacts, ({ facts, mode }) => {
        const result = evaluate(facts, { ...meta, storage: mode });
        if (result.blocked) return;
        written += 1;
        const script = result.outputs?.script ?? '';
        const marked = script.split('\n').filter((l) => placeholder.test(l));
        if (mode === 'cli') expect(marked).toEqual([]);
        // With pauses the storage admin types the storage commands (and their undo): a marker is shown to
        // them only, and warned of.
        else {
          expect(marked.filter((l) => !storageAdminText.test(l))).toEqual([]);
          if (marked.length > 0) expect(result.findings.map((f) => f.id)).toContain('storage-details');
        }
      }),
      { numRuns: 150, seed: 12 },
    );
    // The property is about written scripts: enough of the runs must get that far.
    expect(written).toBeGreaterThan(30);
  });
});
