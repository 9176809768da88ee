import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import type { Facts } from './model/facts';
import { validFacts } from './test-support/arbitraries';
import { db2WithoutName } from './test-support/facts';

const meta = { generatedAt: '2026-12-06T05:00:00Z', version: '0.1.0' };

/** The markers the planner writes for a value it does not know (`<storage-image-id>`), and DB2's DBNAME. */
const placeholder = /<[a-z][^<>\s'"]*>|\bDBNAME\b/;

/** A value left out about one time in six, so that many runbooks still get written. */
const gap = fc.nat(5).map((n) => n === 0);

/** A complete runbook with some of the values a script needs left out, as an admin in a hurry leaves them. */
const gappedFacts = fc
  .record({
    facts: validFacts,
    image: gap,
    remoteImage: gap,
    wwnn: gap,
    ports: gap,
    gmSession: gap,
    gmMasterLss: gap,
    volume: gap,
    sourceVolume: gap,
    journal: gap,
    db2WithoutName: gap,
    rcGroup: gap,
    svcMirror: fc.boolean(),
    mode: fc.constantFrom('pause' as const, 'cli' as const),
  })
  .map((p) => {
    const f: Facts = structuredClone(p.facts);
    // The same mirror on SVC (its vdisk names take the DS8000 ids as they are): the remote copy group's name.
    if (p.svcMirror && (f.copy.method === 'metro-mirror' || f.copy.method === 'global-mirror'))
      f.copy.storage = 'svc';
    if (f.storage) {
      if (p.rcGroup) f.storage.rcConsistencyGroup = '';
      if (p.image) f.storage.storageImage = '';
      if (p.remoteImage) f.storage.remoteStorageImage = '';
      if (p.wwnn) f.storage.remoteWwnn = '';
      if (p.ports) f.storage.pprcPorts = '';
      if (p.gmSession && f.storage.gmSession) f.storage.gmSession = '';
      if (p.gmMasterLss && f.storage.gmMasterLss) f.storage.gmMasterLss = '';
    }
    const [first] = f.targets.luns;
    if (p.volume) first.storageVolume = '';
    if (p.sourceVolume) first.sourceStorageVolume = '';
    if (p.journal && first.journalVolume) first.journalVolume = '';
    if (p.db2WithoutName) f.applications.push(db2WithoutName);
    return { facts: f, mode: p.mode };
  });

/** Every line of a written text that carries a placeholder. */
function marked(text: string | undefined): string[] {
  return (text ?? '').split('\n').filter((l) => placeholder.test(l));
}

describe('placeholders never reach a script', () => {
  it('a runbook without blockers gives a script and a storage script that hold no placeholder, in either storage mode', () => {
    const written = { pause: 0, cli: 0 };
    fc.assert(
      fc.property(gappedFacts, ({ facts, mode }) => {
        const result = evaluate(facts, { ...meta, storage: mode });
        if (result.blocked) return;
        written[mode] += 1;
        // With pauses the script prints the storage commands for the storage admin to type: a stand-in there
        // would be typed as it is, so it is held to the same rule as a command the script runs.
        expect({
          script: marked(result.outputs?.script),
          storageScript: marked(result.outputs?.storageScript),
        }).toEqual({ script: [], storageScript: [] });
      }),
      { numRuns: 400, seed: 12 },
    );
    // The property is about written scripts: enough runs in each mode must get that far.
    expect(written.pause).toBeGreaterThan(20);
    expect(written.cli).toBeGreaterThan(20);
    console.log(
      `placeholders property: ${written.pause} pause-mode and ${written.cli} CLI-mode scripts written of 400 runs`,
    );
  });
});
