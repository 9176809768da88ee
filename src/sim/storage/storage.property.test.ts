/**
 * Seeded property tests: random command lines never crash a storage command, and random sequences of
 * storage operations and host writes keep the copy invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storageCommands } from './commands';
import { ds8000Fixture, svcFixture } from './test-support/storage-fixture';

/** Words an admin might type to the storage CLIs, right or wrong. */
const WORD = fc.constantFrom(
  '-dev',
  'IBM.2107-75ABCD1',
  'IBM.2107-75WXYZ1',
  '-remotedev',
  '-freeze',
  '-nocp',
  '-record',
  '-persist',
  '-tgtinhibit',
  '-quiet',
  '-type',
  'mmir',
  'gcp',
  '-s',
  '-l',
  '-state',
  '-',
  '1000:1100',
  '1001:1101',
  '1000:2000',
  '2000:1000',
  '10:20',
  '10',
  '1000-1001',
  'ZZZZ',
  '-prep',
  '-name',
  'cg',
  '-source',
  '-target',
  '12',
  '40',
  '-consistgrp',
  '-copyrate',
  '-delim',
  ':',
  '-filtervalue',
  'status=copying',
  'mkflash',
  'lsflash',
  'mkpprc',
  'superuser@svc01',
  '',
);

const EXIT_CODES = [0, 1, 2, 4, 127, 255];

describe('storage CLIs under random command lines', () => {
  it('answer every line with a result and a known exit code, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...storageCommands),
        fc.array(WORD, { maxLength: 8 }),
        fc.boolean(),
        (command, args, ds8000) => {
          const fixture = ds8000 ? ds8000Fixture() : svcFixture();
          const result = command.run(args, {
            storage: fixture.storage,
            now: fixture.now,
            wait: fixture.advance,
            stdin: 'y\n1000:1100\n',
          });
          expect(EXIT_CODES).toContain(result.exitCode);
          expect(typeof result.stdout).toBe('string');
          // Errors go to stderr, and only failures write there (ssh's pseudo-terminal notice aside).
          if (result.exitCode === 0 && command.name !== 'ssh') expect(result.stderr).toBe('');
        },
      ),
      { seed: 20261125, numRuns: 400 },
    );
  });
});

type Operation =
  | { kind: 'write'; volume: string; text: string }
  | { kind: 'advance'; seconds: number }
  | { kind: 'mkflash'; pair: 0 | 1; freeze: boolean }
  | { kind: 'unfreeze' }
  | { kind: 'pause'; pair: 0 | 1 }
  | { kind: 'resume'; pair: 0 | 1 };

const OPERATION: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    volume: fc.constantFrom('1000', '1001'),
    text: fc.string(),
  }),
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('mkflash' as const),
    pair: fc.constantFrom(0 as const, 1 as const),
    freeze: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('unfreeze' as const) }),
  fc.record({ kind: fc.constant('pause' as const), pair: fc.constantFrom(0 as const, 1 as const) }),
  fc.record({ kind: fc.constant('resume' as const), pair: fc.constantFrom(0 as const, 1 as const) }),
);

describe('copy invariants under random operations', () => {
  it('Metro Mirror secondaries in Full Duplex equal their primaries; snapshots restore exactly', () => {
    fc.assert(
      fc.property(fc.array(OPERATION, { maxLength: 30 }), (operations) => {
        const { storage, advance } = ds8000Fixture();
        storage.createVolume({ id: '1200', sizeGb: 10 });
        storage.createVolume({ id: '1201', sizeGb: 10 });
        storage.mkpprc('1000', '2000', { type: 'mmir', nocp: false, tgtread: false });
        storage.mkpprc('1001', '2001', { type: 'mmir', nocp: false, tgtread: false });
        const flashTargets = ['1200', '1201'];
        for (const op of operations) {
          if (op.kind === 'write') storage.write(op.volume, op.text);
          else if (op.kind === 'advance') advance(op.seconds);
          else if (op.kind === 'mkflash') {
            const source = op.pair === 0 ? '1000' : '1001';
            storage.rmflash(source, flashTargets[op.pair]!, true);
            const flags = {
              freeze: op.freeze,
              record: true,
              persist: true,
              nocp: true,
              tgtinhibit: false,
              seqnum: 0,
            };
            storage.mkflash(source, flashTargets[op.pair]!, flags);
            // A point-in-time copy shows the source as it is at this instant.
            expect(storage.read(flashTargets[op.pair]!)).toBe(storage.read(source));
          } else if (op.kind === 'unfreeze') storage.unfreezeflash('10');
          else if (op.kind === 'pause')
            storage.pausepprc(op.pair === 0 ? '1000' : '1001', op.pair === 0 ? '2000' : '2001');
          else storage.resumepprc(op.pair === 0 ? '1000' : '1001', op.pair === 0 ? '2000' : '2001', 'mmir');
          for (const pair of storage.pprcPairs('IBM.2107-75ABCD1')) {
            const [primary, secondary] = pair.id.split(':') as [string, string];
            if (pair.state === 'Full Duplex') expect(storage.read(secondary)).toBe(storage.read(primary));
            // Host access follows the pair state (docs/procedure.md "Copy methods").
            expect(storage.isHostReadable(secondary)).toBe(pair.state === 'Suspended');
          }
        }
        const saved = storage.snapshot();
        const copy = ds8000Fixture().storage;
        copy.restore(saved);
        expect(copy.snapshot()).toEqual(saved);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
