/**
 * A runbook rehearsed in its twin (the simulator's copy of the admin's host), as the rehearsal page runs
 * it: the engine's script with the storage CLI run by the script, `ksh FILE -y`, the pauses answered.
 */
import { createWorld, scenarioSchema, type World, worldState } from '../../sim/index';
import { rehearseAndJudge, SCRIPT_SHELL } from '../../sim/rehearse/rehearse';
import { createWorldShell } from '../../sim/shell/world-shell';
import { evaluate, stepAnswers } from '../engine';
import { type Facts, storageDetailsSchema } from '../model/facts';
import { twinScenario } from '../twin';
import { twinStorage } from '../twin-storage';

/**
 * Runs the engine's script for `facts` in their twin (src/sim/rehearse); the world's state before and
 * after, the run, and the one judgement of the copy and production.
 * A DS8000 runbook that names no storage image gets the twin's, as the rehearsal page gives it. `prepare`
 * changes the world before the run (a fault injected); `log` is the run's log as the script wrote it.
 */
export async function rehearseInTwin(given: Facts, prepare: (world: World) => void = () => {}) {
  const image =
    given.storage?.storageImage || (given.copy.storage === 'ds8000' ? twinStorage(given).local : '');
  const facts = {
    ...given,
    storage: { ...storageDetailsSchema.parse(given.storage ?? {}), storageImage: image },
  };
  const evaluation = evaluate(facts, {
    generatedAt: '2026-11-25T13:00:00Z',
    version: 'test',
    storage: 'cli',
  });
  const script = evaluation.outputs?.script;
  if (!script) throw new Error(evaluation.findings.map((f) => `${f.id}: ${f.finding}`).join('\n'));
  const world = await createWorld(scenarioSchema.parse(twinScenario(facts)));
  prepare(world);
  const before = worldState(world);
  const session = createWorldShell(world, SCRIPT_SHELL);
  const { run, verdict } = await rehearseAndJudge(world, script, {
    goal: {
      sourceVg: facts.sourceVg.name,
      copyVg: facts.newVg.name,
      mountPrefix: facts.newVg.mountPrefix,
      // A copy set's further copies are judged alike.
      moreCopies: facts.moreVgs.map((m) => ({ sourceVg: m.sourceVg.name, copyVg: m.newVg.name })),
      ...(facts.mode === 'retire' ? { retired: true } : {}),
    },
    answers: stepAnswers(evaluation.plan.steps, 'cli'),
    session,
  });
  const log = (await session.fileSystem.read(`/var/tmp/vgcopy-${facts.newVg.name}.log`)) ?? '';
  return {
    run,
    log,
    script,
    before,
    after: worldState(world),
    verdict,
    plan: evaluation.plan,
    findings: evaluation.findings,
  };
}
