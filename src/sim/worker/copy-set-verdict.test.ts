/**
 * The Rehearse page's verdict on a copy set (docs/procedure.md "Copy sets"): every VG's copy is judged, not
 * only the first one's, and DB2 on the copy says which part is missing.
 */
import { describe, expect, it } from 'vitest';
import { clientMessageSchema, type ServerMessage } from './protocol';
import { play } from './test-support/play';

const db2TwoVgs = { kind: 'scenario', id: 'db2-two-vgs' } as const;

/** The script typed into the Rehearse page, run to its end: the verdict the page shows. */
async function verdictOf(lines: string[]) {
  const played = await play(db2TwoVgs, 'rehearse', [{ type: 'script-load', text: lines.join('\n') }]);
  const seen: ServerMessage[] = [];
  await played.session.handle(clientMessageSchema.parse({ type: 'script-run-to-end' }), (m) => seen.push(m));
  return seen.filter((m) => m.type === 'verdict');
}

/** Both VGs' LUNs copied at one instant, DB2's writes suspended and both file systems frozen around it. */
const oneInstant = [
  'cfgmgr',
  `su - db2inst1 -c 'db2 "set write suspend for database"'`,
  'chfs -a freeze=60 /db2/PRD/data',
  'chfs -a freeze=60 /db2/PRD/log',
  'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
  'dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
  'chfs -a freeze=off /db2/PRD/data',
  'chfs -a freeze=off /db2/PRD/log',
  `su - db2inst1 -c 'db2 "set write resume for database"'`,
];
const dataCopy = [
  'recreatevg -y db2datacopyvg -L /fc hdisk3',
  'fsck -y /fc/db2/PRD/data',
  'mount /fc/db2/PRD/data',
];
const logCopy = [
  'recreatevg -y db2logcopyvg -L /fc hdisk4',
  'fsck -y /fc/db2/PRD/log',
  'mount /fc/db2/PRD/log',
];

describe('the Rehearse page’s verdict on a copy set', () => {
  it('reaches the goal with both copies up and mounted', async () => {
    expect(await verdictOf([...oneInstant, ...dataCopy, ...logCopy])).toEqual([
      { type: 'verdict', reached: true, problems: [] },
    ]);
  });

  it('misses it with only the first VG’s copy up: the log VG’s copy is judged too', async () => {
    expect(await verdictOf([...oneInstant, ...dataCopy])).toEqual([
      {
        type: 'verdict',
        reached: false,
        problems: [
          "PRD's data on db2datacopyvg has no copy of its log beside it: the VG holding its log was not copied with it (copy every VG of the database in one copy set, and bring up each copy)",
          'no VG named db2logcopyvg',
        ],
      },
    ]);
  });
});
