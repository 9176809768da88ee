/**
 * The Rehearse page's verdict on a retire (docs/procedure.md "Retiring a copy"): the goal is the copy gone
 * from the host and the storage, production as before; a copy left behind is named part by part.
 */
import { describe, expect, it } from 'vitest';
import { referenceSolutions, typed } from '../test-support/reference-solutions';
import { clientMessageSchema, type ServerMessage } from './protocol';
import { play } from './test-support/play';

/** The lines run as a script on the Rehearse page against retire-copy, to its end: the verdict shown. */
async function verdictOf(lines: string[]) {
  const played = await play({ kind: 'scenario', id: 'retire-copy' }, 'rehearse', [
    { type: 'script-load', text: lines.join('\n') },
  ]);
  const seen: ServerMessage[] = [];
  await played.session.handle(clientMessageSchema.parse({ type: 'script-run-to-end' }), (m) => seen.push(m));
  return seen.filter((m) => m.type === 'verdict');
}

const solution = referenceSolutions['retire-copy']!.map(typed);

describe('the Rehearse page’s verdict on a retire', () => {
  it('reaches the goal with copyvg gone from the host and the storage, datavg as it was', async () => {
    expect(await verdictOf(solution)).toEqual([
      { type: 'verdict', reached: true, problems: [], retired: true },
    ]);
  });

  it('misses it with the host’s part done and the storage’s left: the relationships and mappings named', async () => {
    expect(await verdictOf(solution.slice(0, 10))).toEqual([
      {
        type: 'verdict',
        reached: false,
        problems: [
          "copyvg's copy relationships are still there: 1000:1100, 1001:1101",
          "copyvg's LUNs are still mapped to the host: 1100, 1101",
        ],
        retired: true,
      },
    ]);
  });
});
