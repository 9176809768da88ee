import { describe, expect, it } from 'vitest';
import { evaluate, stepAnswers } from '../core/engine';
import { copySet } from '../core/model/copy-set';
import type { Facts } from '../core/model/facts';
import { createWorld, worldState } from '../sim/index';
import { rehearseAndJudge, SCRIPT_SHELL } from '../sim/rehearse/rehearse';
import { createWorldShell } from '../sim/shell/world-shell';
import { simulatorScenarios } from './plan-scenario';
import { planFor } from './test-support/scenario-plan';

const TIMEOUT = 180_000;
const meta = { generatedAt: '2026-12-06T11:00:00Z', version: '0.1.0' };

/** The set's VGs planned as a runbook each, rehearsed one after the other on one host. */
async function runbookPerVg() {
  const planned = await planFor('db2-two-vgs');
  const [data, log] = copySet(planned.facts);
  const world = await createWorld('db2-two-vgs');
  const before = worldState(world);
  const session = createWorldShell(world, SCRIPT_SHELL);
  const rehearseOne = async (facts: Facts) => {
    const result = evaluate(facts, meta);
    expect(result.findings).toEqual([]);
    return rehearseAndJudge(world, result.outputs?.script ?? '', {
      goal: { sourceVg: facts.sourceVg.name, copyVg: facts.newVg.name, mountPrefix: '/fc' },
      answers: stepAnswers(result.plan.steps, 'cli'),
      session,
      before,
    });
  };
  return { data: data!, log: log!, world, session, rehearseOne };
}

describe('db2-two-vgs: DB2 data in db2datavg, its logs in db2logvg', () => {
  it(
    'as one copy set: one consistency group over both VGs’ LUNs, one freeze, both copies up and DB2 recovers',
    async () => {
      const planned = await planFor('db2-two-vgs');
      const steps = planned.result.plan.steps;
      expect(planned.result.findings).toEqual([]);
      expect(steps.find((s) => s.id === 'take-copy')?.commands).toEqual([
        'mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101',
        'unfreezeflash -dev IBM.2107-75ABCD1 10',
      ]);
      expect(steps.filter((s) => s.action.kind === 'freeze').map((s) => s.commands)).toEqual([
        ['chfs -a freeze=60 /db2/PRD/data', 'chfs -a freeze=60 /db2/PRD/log'],
      ]);
      const world = await createWorld('db2-two-vgs');
      const rehearsal = await rehearseAndJudge(world, planned.result.outputs?.script ?? '', {
        goal: {
          sourceVg: 'db2datavg',
          copyVg: 'db2datacopyvg',
          mountPrefix: '/fc',
          moreCopies: [{ sourceVg: 'db2logvg', copyVg: 'db2logcopyvg' }],
        },
        answers: stepAnswers(steps, 'cli'),
        shell: SCRIPT_SHELL,
      });
      expect(rehearsal.problems).toEqual([]);
      const vgs = worldState(world).vgs.filter((v) => v.name.endsWith('copyvg'));
      expect(vgs.map((v) => [v.name, v.variedOn, v.lvs.map((l) => l.mountPoint), v.applications])).toEqual([
        ['db2datacopyvg', true, ['/fc/db2/PRD/data'], [{ app: 'PRD', verdict: 'usable' }]],
        ['db2logcopyvg', true, ['/fc/db2/PRD/log'], [{ app: 'PRD', verdict: 'usable' }]],
      ]);
    },
    TIMEOUT,
  );

  it(
    'the trap: planned as two runbooks, the VGs are copied at two instants and DB2 cannot recover the copy',
    async () => {
      // The same VGs, a runbook each: the logs copied first, DB2 writing on, then the data.
      const { data, log, world, session, rehearseOne } = await runbookPerVg();
      const logCopy = await rehearseOne(log.facts);
      // The logs' copy alone is usable: DB2's log on it, written up to the first instant.
      expect(logCopy.problems).toEqual([]);
      expect(worldState(world).vgs.find((v) => v.name === 'db2logcopyvg')?.applications).toEqual([
        { app: 'PRD', verdict: 'usable' },
      ]);
      await session.run('sleep 120');
      const dataCopy = await rehearseOne(data.facts);
      expect(dataCopy.problems).toEqual([
        "PRD's data on db2datacopyvg is newer than its log: the LUNs were copied at different instants",
      ]);
    },
    TIMEOUT,
  );

  it(
    'the data VG copied alone: DB2 on the copy says its log VG was not copied',
    async () => {
      const { data, rehearseOne } = await runbookPerVg();
      const dataCopy = await rehearseOne(data.facts);
      expect(dataCopy.problems).toEqual([
        "PRD's data on db2datacopyvg has no copy of its log beside it: the VG holding its log was not copied with it (copy every VG of the database in one copy set, and bring up each copy)",
      ]);
    },
    TIMEOUT,
  );

  it(
    'the command line’s rehearsal reports production after the run for both source VGs',
    async () => {
      const planned = await planFor('db2-two-vgs');
      const rehearsal = await simulatorScenarios.rehearse(
        'db2-two-vgs',
        planned.result.outputs?.script ?? '',
        planned.facts.newVg.name,
        stepAnswers(planned.result.plan.steps, 'cli'),
      );
      // DB2 runs on both VGs' file systems: its line once.
      expect([rehearsal.reached, rehearsal.source]).toEqual([
        true,
        [
          'source VG db2datavg: varied on',
          'file system /db2/PRD/data: mounted',
          'application PRD (db2): running',
          'source VG db2logvg: varied on',
          'file system /db2/PRD/log: mounted',
        ],
      ]);
    },
    TIMEOUT,
  );
});
