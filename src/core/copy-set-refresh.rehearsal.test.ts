/**
 * The refresh of a copy set, started from the copy's history and rehearsed in its twin: yesterday's copies
 * of both VGs are on the host, up and mounted; the script retires both (unmount, varyoffvg, exportvg),
 * takes the copy of both VGs at one instant onto the same LUNs, and brings both up again.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFacts } from '../cli/plan-scenario';
import { parseFacts } from './checks/schema-issues';
import { fromHistory, historyEntry } from './model/copy-history';
import { lastNightsRun, readBackAt } from './test-support/copy-history';
import { rehearseInTwin } from './test-support/rehearse-in-twin';

const TIMEOUT = 120_000;

/** DB2's data and logs in db2datavg and db2logvg on aixdb01, as the collector reads them. */
async function db2Set() {
  const collected = await scenarioFacts('db2-two-vgs');
  if (!collected.ok) throw new Error(collected.error);
  const parsed = parseFacts(collected.input);
  if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.finding).join('\n'));
  return parsed.facts;
}

describe('the refresh of a copy set, from the copy’s history, rehearsed in its twin', () => {
  it(
    'retires both old copies, copies both VGs at one instant onto the same LUNs, and brings both up',
    async () => {
      const facts = await db2Set();
      const lastNight = historyEntry({ ...lastNightsRun, host: 'aixdb01' }, facts, readBackAt);
      const refresh = fromHistory(facts, lastNight ? [lastNight] : [], 'refresh');
      if (!refresh) throw new Error('no refresh from the history');
      const { run, before, after, verdict, plan } = await rehearseInTwin(refresh);
      const upAndMounted = (state: typeof before) =>
        ['db2datacopyvg', 'db2logcopyvg'].map((vg) => [
          vg,
          state.vgs.find((v) => v.name === vg)?.variedOn ?? null,
          state.fileSystems.filter((f) => f.vg === vg).map((f) => [f.mountPoint, f.mounted]),
        ]);
      const copies = [
        ['db2datacopyvg', true, [['/fc/db2/PRD/data', true]]],
        ['db2logcopyvg', true, [['/fc/db2/PRD/log', true]]],
      ];
      // Yesterday's copies, as the twin re-creates them from the history; and today's, as the run leaves them.
      expect(upAndMounted(before)).toEqual(copies);
      expect([run.exitCode, run.stderr, verdict.problems]).toEqual([0, '', []]);
      expect(upAndMounted(after)).toEqual(copies);
      expect(
        plan.steps.filter((s) => s.phase === 'refresh' || s.id === 'take-copy').map((s) => s.commands),
      ).toEqual([
        ['lsvg -l db2datacopyvg', 'umount /fc/db2/PRD/data'],
        ['varyoffvg db2datacopyvg'],
        ['exportvg db2datacopyvg'],
        ['lsvg -l db2logcopyvg', 'umount /fc/db2/PRD/log'],
        ['varyoffvg db2logcopyvg'],
        ['exportvg db2logcopyvg'],
        [
          'resyncflash -dev IBM.2107-75ABCD1 -freeze -record -persist 1000:1100 1001:1101',
          'unfreezeflash -dev IBM.2107-75ABCD1 10',
        ],
      ]);
    },
    TIMEOUT,
  );
});
