/**
 * Property tests (docs/conventions.md pattern 6): random sequences of what an admin might type, in any
 * order, never break the LVM invariants. Commands may fail (that is the admin's problem); the model
 * must stay sound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openScenario, type SimDriver } from '../test-support/sim-driver';
import { mountFileSystem, unmountFileSystem } from './filesystem';
import { invariantViolations } from './invariants';

const DISKS = ['hdisk1', 'hdisk2', 'hdisk3', 'hdisk4', 'hdisk5'];
const VGS = ['datavg', 'flashcopyvg', 'copy2vg'];
const MOUNTS = ['/data', '/arch', '/fs/data', '/fs/arch', '/bk/data'];

type Action =
  | { kind: 'line'; line: string }
  | { kind: 'mount'; mountPoint: string }
  | { kind: 'umount'; mountPoint: string }
  | { kind: 'flash' }
  | { kind: 'advance'; seconds: number };

const disk = fc.constantFrom(...DISKS);
const vg = fc.constantFrom(...VGS);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ kind: 'line', line: 'cfgmgr' }),
  vg.map((v): Action => ({ kind: 'line', line: `varyonvg ${v}` })),
  vg.map((v): Action => ({ kind: 'line', line: `varyoffvg ${v}` })),
  vg.map((v): Action => ({ kind: 'line', line: `exportvg ${v}` })),
  fc.tuple(vg, disk).map(([v, d]): Action => ({ kind: 'line', line: `importvg -y ${v} ${d}` })),
  fc
    .tuple(
      vg,
      fc.uniqueArray(disk, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '-Y bk -L /bk', '-f', '-n'),
    )
    .map(([v, ds, flags]): Action => ({ kind: 'line', line: `recreatevg -y ${v} ${flags} ${ds.join(' ')}` })),
  fc
    .tuple(disk, fc.constantFrom('clear', 'yes'))
    .map(([d, v]): Action => ({ kind: 'line', line: `chdev -l ${d} -a pv=${v}` })),
  fc
    .tuple(disk, fc.constantFrom('-dl', '-l'))
    .map(([d, f]): Action => ({ kind: 'line', line: `rmdev ${f} ${d}` })),
  fc.constantFrom(...MOUNTS).map((mountPoint): Action => ({ kind: 'mount', mountPoint })),
  fc.constantFrom(...MOUNTS).map((mountPoint): Action => ({ kind: 'umount', mountPoint })),
  fc.constant<Action>({ kind: 'flash' }),
  fc.integer({ min: 1, max: 120 }).map((seconds): Action => ({ kind: 'advance', seconds })),
);

/** The storage admin copies datavg's LUNs, unless a target is opened by a varied-on VG (never done live). */
function flashIfTargetsIdle(t: SimDriver): void {
  const host = t.world.host();
  const targets = Object.values(host.devices).filter((d) => d.volumeId === '1100' || d.volumeId === '1101');
  const busy = targets.some((d) => Object.values(host.active).some((a) => a.disks.includes(d.name)));
  if (busy) return;
  for (const [source, target] of [
    ['1000', '1100'],
    ['1001', '1101'],
  ]) {
    t.world.storage.rmflash(source, target);
    t.world.storage.mkflash(source, target, {
      freeze: false,
      record: true,
      persist: true,
      nocp: true,
      tgtinhibit: false,
      seqnum: 0,
    });
  }
}

async function play(actions: Action[]): Promise<string[]> {
  const t = await openScenario('first-flashcopy');
  for (const a of actions) {
    const host = t.world.host();
    if (a.kind === 'line') await t.run(a.line);
    else if (a.kind === 'mount') mountFileSystem(t.world, host, a.mountPoint);
    else if (a.kind === 'umount') unmountFileSystem(t.world, host, a.mountPoint);
    else if (a.kind === 'flash') flashIfTargetsIdle(t);
    else t.advance(a.seconds);
    const problems = invariantViolations(t.world);
    if (problems.length > 0) return [`after ${JSON.stringify(a)}`, ...problems];
  }
  return [];
}

describe('LVM invariants under random command sequences', () => {
  it('hold after every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        expect(await play(actions)).toEqual([]);
      }),
      { numRuns: 150, seed: 20251125 },
    );
  }, 60_000);

  it('regression: a copy imported beside its exported source, then the source imported again', async () => {
    expect(
      await play([
        { kind: 'umount', mountPoint: '/data' },
        { kind: 'umount', mountPoint: '/arch' },
        { kind: 'line', line: 'varyoffvg datavg' },
        { kind: 'line', line: 'exportvg datavg' },
        { kind: 'flash' },
        { kind: 'line', line: 'cfgmgr' },
        { kind: 'line', line: 'importvg -y flashcopyvg hdisk3' },
        { kind: 'line', line: 'importvg -y datavg hdisk1' },
      ]),
    ).toEqual([]);
  });
});
