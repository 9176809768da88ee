/**
 * A simulated AIX host for the browser tests, driven in the test's own Node process through the
 * simulator's library API (src/sim): the admin reads the host's facts with AIX commands, pastes them into
 * the wizard, and the downloaded script is rehearsed there; or the twin of a runbook (src/core/twin.ts:
 * their VG, disk names, PVIDs and targets), where the downloaded script is rehearsed. A rehearsal is the
 * one run-and-judge of src/sim/rehearse that the command line and the grader use.
 */
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page } from '@playwright/test';
import { evaluate, stepAnswers } from '../../src/core/engine';
import { copyLayout } from '../../src/core/model/copy-layout';
import { type Facts, storageDetailsSchema } from '../../src/core/model/facts';
import type { ActionStep } from '../../src/core/plan/types';
import { twinScenario } from '../../src/core/twin';
import { twinStorage } from '../../src/core/twin-storage';
import { createWorld, scenarioSchema, type World, worldState } from '../../src/sim';
import type { CopyGoal, CopyVerdict } from '../../src/sim/rehearse/judge';
import { type PauseAnswer, type Rehearsal, rehearseAndJudge } from '../../src/sim/rehearse/rehearse';
import type { SimShell } from '../../src/sim/shell/sim-shell';
import { createWorldShell } from '../../src/sim/shell/world-shell';
import { runbookFromFile } from '../../src/app/store/runbook-file';

/** One run of a script: its exit code and output. */
export interface ScriptRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface SimulatedHost {
  world: World;
  shell: SimShell<World>;
  /** The commands as typed at the `# ` prompt, each followed by what it printed: a paste for the wizard. */
  transcript(commands: string[]): Promise<string>;
  /**
   * Rehearses a runbook's script to its end as the command line does (`plan --rehearse`): the pauses
   * answered as the runbook's steps say (`run` where the script may run the owner's commands, `done`
   * elsewhere), then the goal (the facts' copy VG) and production judged.
   */
  rehearse(script: string, facts: Facts): Promise<Rehearsal>;
}

/** The goal a runbook's rehearsal is judged against: its source VG and copy VG, from the facts. */
function goalOf(facts: Facts): CopyGoal {
  return { sourceVg: facts.sourceVg.name, copyVg: facts.newVg.name };
}

/** The host of a world: its shell, with scripts put in /tmp. */
function hostOf(world: World): SimulatedHost {
  const shell = createWorldShell(world, { limits: { maxWallMs: 60_000 } });
  return {
    world,
    shell,
    async transcript(commands) {
      let text = '';
      for (const command of commands) {
        const result = await shell.run(command);
        text += `# ${command}\n${result.stdout}${result.stderr}`;
      }
      return text;
    },
    async rehearse(script, facts) {
      const { plan } = evaluate(facts);
      const answers = stepAnswers(plan.steps, facts.storage?.commands ?? 'pause');
      return rehearseAndJudge(world, script, { goal: goalOf(facts), answers, session: shell });
    },
  };
}

/** What an admin runs on the host for the Start page's paste: the host, its level, the VG's layout. */
export function startPageCommands(vg: string): string[] {
  return ['hostname', 'oslevel -s', `lsvg -l ${vg}`, `lsvg -p ${vg}`, 'lspv', 'cat /etc/filesystems'];
}

/** Opens a built-in scenario of the simulator as a host. */
export async function simulatedHost(scenario: string): Promise<SimulatedHost> {
  return hostOf(await createWorld(scenario));
}

/** Opens a scenario given as data (checked by the scenario schema) as a host. */
export async function scenarioHost(scenario: unknown): Promise<SimulatedHost> {
  return hostOf(await createWorld(scenarioSchema.parse(scenario)));
}

/** Opens the twin of a runbook's facts as a host (the admin's host as the runbook describes it). */
export async function twinHost(facts: Facts): Promise<SimulatedHost> {
  return scenarioHost(twinScenario(facts));
}

/** The facts of an exported runbook file, read back as vgcopy reads it. */
export async function factsOfDownload(download: Download): Promise<Facts> {
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const read = runbookFromFile(await readFile(await download.path(), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.facts;
}

/** The facts of a runbook as the home page exports them (Export JSON). */
export async function exportedFacts(page: Page, runbookName: string): Promise<Facts> {
  await page.getByRole('link', { name: 'vgcopy', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export JSON of ${runbookName}` }).click(),
  ]);
  return factsOfDownload(download);
}

/**
 * The storage admin's part of a runbook, step by step: the plan's storage steps with the commands as the
 * storage admin types them (their CLI before each), on the twin's storage box where the runbook names none.
 */
function storagePlan(facts: Facts): { steps: readonly ActionStep[]; commands: Map<string, string[]> } {
  const image =
    facts.storage?.storageImage || (facts.copy.storage === 'ds8000' ? twinStorage(facts).local : '');
  const storage = { ...storageDetailsSchema.parse(facts.storage ?? {}), storageImage: image };
  const { plan } = evaluate({ ...facts, storage });
  const commands = new Map<string, string[]>();
  for (const step of plan.steps) {
    const action = step.action;
    if (action.kind === 'storage')
      commands.set(
        step.id,
        action.commands.map((c) => [...action.cli, c].join(' ')),
      );
  }
  return { steps: plan.steps, commands };
}

/**
 * Rehearses a script written with pauses for the storage admin, as it goes on a host: the script runs
 * until it waits for the storage admin; the admin answers `stop` (exit 4), the storage admin runs that
 * step's commands on the storage, and the script is run again, which skips the steps it recorded as
 * done and goes on. The other pauses are answered as the rehearsal page answers them (`run` where the
 * script may run the owner's commands, `done` elsewhere). Each run is rehearsed and judged by
 * src/sim/rehearse against the world at the start; returns each run and the last run's judgement.
 */
async function rehearseWithStorageAdmin(
  host: SimulatedHost,
  script: string,
  facts: Facts,
): Promise<{ runs: ScriptRun[]; verdict: CopyVerdict }> {
  const { steps, commands } = storagePlan(facts);
  const asking = steps.filter((s) => s.action.kind === 'pause' || s.action.kind === 'storage');
  const answers: PauseAnswer[] = stepAnswers(steps, 'pause');
  const goal = goalOf(facts);
  const before = worldState(host.world);
  const runs: ScriptRun[] = [];
  let from = 0;
  for (let i = 0; ; i++) {
    const storage = i < asking.length ? commands.get(asking[i].id) : undefined;
    if (i < asking.length && !storage) continue;
    const given = [...answers.slice(from, i), ...(storage ? [{ ...answers[i], answer: 'stop' }] : [])];
    const rehearsal = await rehearseAndJudge(host.world, script, {
      goal,
      answers: given,
      session: host.shell,
      before,
    });
    runs.push(rehearsal.run);
    // Stopped at the storage pause: exit 4, or 7 where the stop left an undo to its owner (the DBA's
    // write resume after a write suspend they ran themselves; docs/failure-safety.md).
    if (!storage || (rehearsal.run.exitCode !== 4 && rehearsal.run.exitCode !== 7))
      return { runs, verdict: rehearsal.verdict };
    for (const command of storage) runs.push(await host.shell.run(command));
    // The next run asks again at this step's pause: the storage admin has done it. The stop undid the
    // changes still open (a write suspend ended by its later step): the rerun asks for them again too.
    const stop = steps.indexOf(asking[i]);
    const open = asking.findIndex(
      (s, k) => k < i && s.undoneBy && steps.findIndex((x) => x.id === s.undoneBy) > stop,
    );
    from = open >= 0 ? open : i;
    answers[i] = { ...answers[i], answer: 'done' };
  }
}

/**
 * The downloaded script rehearsed in the twin of its runbook, to the end: exit 0, and the one judgement
 * of src/sim/rehearse (the copy VG varied on under its new name, its file systems mounted, consistent and
 * not frozen, production as it was), the copy's file systems at the planned mount points.
 */
export async function expectRehearsedInTwin(script: string, facts: Facts): Promise<ScriptRun[]> {
  const { runs, verdict } = await rehearseWithStorageAdmin(await twinHost(facts), script, facts);
  const last = runs[runs.length - 1];
  expect(last.stdout).toMatch(/end of run, exit code 0; log: \/var\/tmp\/vgcopy-\S+\.log\n$/);
  expect([last.exitCode, last.stderr]).toEqual([0, '']);
  expect(verdict.problems).toEqual([]);
  expect(verdict.copy.fileSystems).toEqual(copyLayout(facts).fileSystems.map((f) => f.mountPoint));
  return runs;
}
