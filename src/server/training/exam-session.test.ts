import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenarios/load';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import { localPrincipal, type Principal } from '../auth/principal';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import { type Db, openDatabase } from '../db';
import { SessionClient, testClients } from '../sessions/session-client';
import { defaultLimits } from '../sessions/session-limits';
import { SessionManager } from '../sessions/session-manager';
import { attachSessionSockets, type SessionSockets } from '../sessions/session-sockets';
import { listen, type RunningServer } from '../test-support/http';
import { assignmentAccess, examHold } from './assignment-access';
import { ClassesRepository } from './classes-repository';

const scenario = { kind: 'scenario', id: 'first-flashcopy' } as const;
/** Signed-in accounts, named by the test's x-account header (no header: the local user). */
const accounts: Record<string, Principal> = {
  cat: { id: 3, username: 'Cat', roles: ['trainee'], team: 'ops' },
  ivy: { id: 4, username: 'Ivy', roles: ['instructor'], team: 'ops' },
};
const held =
  '"First FlashCopy of datavg, targets configured first" is in your exam Exam due 2026-12-10 17:00 UTC: take it from Your assignments.';

describe('an exam session, enforced by the server', () => {
  let db: Db;
  let server: RunningServer;
  let sockets: SessionSockets;
  let url: string;
  let exam: number;
  let practice: number;
  const kept: FinishedAttempt[] = [];
  const clients = testClients(() => url);
  const connect = clients.connect;
  /** The server's clock of the idle and grace limits, moved by hand. */
  let nowMs = 0;

  beforeAll(async () => {
    db = openDatabase(':memory:');
    const classes = new ClassesRepository(db);
    const cohort = classes.createCohort('December', ['Ann', 'Bob', 'Cat', 'Dee', 'Ivy']) ?? 0;
    const set = { scenarioIds: ['first-flashcopy'], dueAt: '2026-12-10T17:00:00.000Z' };
    exam = classes.addAssignment(cohort, { ...set, title: 'Exam', mode: 'exam', timeLimitMinutes: 30 });
    practice = classes.addAssignment(cohort, {
      ...set,
      title: 'Week 1',
      mode: 'practice',
      timeLimitMinutes: null,
    });
    // An exam whose due date passed holds nothing.
    classes.addAssignment(cohort, {
      scenarioIds: ['log-wrap'],
      dueAt: '2026-12-01T17:00:00.000Z',
      title: 'Last week',
      mode: 'exam',
      timeLimitMinutes: 30,
    });
    const simulator = createBundledSimulator();
    const manager = new SessionManager(simulator, (attempt) => kept.push(attempt), {
      ...defaultLimits,
      continueStepMs: 0,
    });
    const access = assignmentAccess(db);
    server = await listen(new Hono());
    url = server.url;
    sockets = attachSessionSockets(server.server, manager, {
      identify: (req) => accounts[String(req.headers['x-account'])] ?? localPrincipal,
      nowMs: () => nowMs,
      examHold: examHold(db, simulator.listScenarios, () => Date.parse('2026-12-06T12:00:00.000Z')),
      // Bob's exam lasts one second here, so its time limit can be seen to grade it.
      assignmentAccess: (open) => {
        const allowed = access(open);
        return open.trainee === 'Bob' && 'exam' in allowed && allowed.exam
          ? { exam: { limitSeconds: 1 } }
          : allowed;
      },
    });
  });
  afterAll(async () => {
    await clients.closeAll();
    sockets.close();
    await server.close();
    db.close();
  });

  it('sends no world picture, refuses hints and the storage button, and keeps the attempt with its assignment', async () => {
    const ann = await connect();
    ann.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Ann', assignmentId: exam });
    const opened = await ann.next('opened');
    expect(opened.state).toBeNull();
    expect(opened.exam).toEqual({ endsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), limitSeconds: 1800 });
    expect(Date.parse(opened.exam?.endsAt ?? '') - Date.now()).toBeGreaterThan(1_790_000);
    ann.send({ type: 'run', line: 'cfgmgr' });
    const output = await ann.next('output');
    expect(output.state).toBeUndefined();
    expect(output.changed).toEqual([]);
    for (const [type, message] of [
      ['hint', 'No hints in an exam.'],
      [
        'storage-play',
        'The storage button is off in an exam: type the storage commands on the storage console.',
      ],
      [
        'storage-step',
        'The storage button is off in an exam: type the storage commands on the storage console.',
      ],
      ['reset', 'An exam is one attempt: it cannot be reset.'],
    ] as const) {
      ann.send({ type });
      expect(await ann.next('error')).toEqual({ type: 'error', message });
    }
    // Paused, the log-wrap and freeze-timeout traps could not spring.
    ann.send({ type: 'clock-speed', speed: 0 });
    expect(await ann.next('error')).toEqual({
      type: 'error',
      message: "The clock runs at the exam's own speed.",
    });
    ann.send({ type: 'submit' });
    // The test's keeper answers with the count of attempts kept, as the database answers with the id.
    expect((await ann.next('graded')).attemptId).toBe(1);
    expect(kept.at(-1)).toMatchObject({
      trainee: 'Ann',
      assignmentId: exam,
      hintsUsed: 0,
      realStartedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
  });

  it('opens an exam scenario once per trainee, and an assignment only for its cohort', async () => {
    const ann = await connect();
    ann.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Ann', assignmentId: exam });
    expect(await ann.next('error')).toEqual({
      type: 'error',
      message:
        'You have already started this exam scenario: an exam is one attempt. Ask your instructor to reset it if something went wrong.',
    });
    ann.send({
      type: 'open',
      source: { kind: 'scenario', id: 'log-wrap' },
      mode: 'train',
      trainee: 'Ann',
      assignmentId: exam,
    });
    expect((await ann.next('error')).message).toBe('That scenario is not part of the assignment "Exam".');
    const zoe = await connect();
    zoe.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Zoe', assignmentId: practice });
    expect((await zoe.next('error')).message).toBe(
      `You have no assignment ${practice}; see your assignments on the training page.`,
    );
    // Practice shows the world and gives hints as free training does.
    ann.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Ann', assignmentId: practice });
    const opened = await ann.next('opened');
    expect(opened.state).not.toBeNull();
    expect(opened.exam).toBeUndefined();
    ann.send({ type: 'hint' });
    expect((await ann.next('hint')).index).toBe(0);
  });

  it('grades the exam as it stands when its time is up, and takes no command after', async () => {
    const bob = await connect();
    bob.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Bob', assignmentId: exam });
    expect((await bob.next('opened')).exam?.limitSeconds).toBe(1);
    bob.send({ type: 'run', line: 'lspv' });
    await bob.next('output');
    const graded = await bob.next('graded', 5_000);
    expect(graded.grade.passed).toBe(false);
    expect(kept.at(-1)).toMatchObject({ trainee: 'Bob', assignmentId: exam });
    expect(kept.at(-1)?.transcript.map((e) => e.command)).toEqual(['lspv']);
    bob.send({ type: 'run', line: 'lspv' });
    expect(await bob.next('error')).toEqual({
      type: 'error',
      message: "The exam's time is up: it was graded as it stood.",
    });
  });

  it('keeps an exam scenario closed outside the exam until the trainee has taken it', async () => {
    const cat = await SessionClient.connect(url, { 'x-account': 'cat' });
    // An uploaded copy of its file is the scenario by its name or by its title.
    const file = loadScenario('first-flashcopy');
    const copies = [
      { ...file, title: 'My own copy' },
      { ...file, name: 'my-own-copy' },
    ].map((copy) => ({ source: { kind: 'upload', text: JSON.stringify(copy) }, mode: 'train' }) as const);
    for (const open of [
      { source: scenario, mode: 'train' },
      { source: scenario, mode: 'rehearse' },
      { source: scenario, mode: 'train', assignmentId: practice },
      ...copies,
    ] as const) {
      cat.send({ type: 'open', ...open });
      expect(await cat.next('error')).toEqual({ type: 'error', message: held });
    }
    // Without accounts, the trainee name a training session is opened under is held the same way.
    const dee = await connect();
    dee.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Dee' });
    expect(await dee.next('error')).toEqual({ type: 'error', message: held });
    // An exam past its due date holds nothing; an instructor of the cohort is not held.
    cat.send({ type: 'open', source: { kind: 'scenario', id: 'log-wrap' }, mode: 'train' });
    expect((await cat.next('opened')).scenario.id).toBe('log-wrap');
    const ivy = await SessionClient.connect(url, { 'x-account': 'ivy' });
    ivy.send({ type: 'open', source: scenario, mode: 'train' });
    expect((await ivy.next('opened')).state).not.toBeNull();
    // Once the exam is taken, the scenario opens as free training.
    cat.send({ type: 'open', source: scenario, mode: 'train', assignmentId: exam });
    expect((await cat.next('opened')).exam?.limitSeconds).toBe(1800);
    cat.send({ type: 'submit' });
    await cat.next('graded');
    cat.send({ type: 'open', source: scenario, mode: 'train' });
    expect((await cat.next('opened')).state).not.toBeNull();
    await Promise.all([cat.close(), ivy.close()]);
  });

  it('grades an exam as it stands when its session ends without a tab before its time limit', async () => {
    const dee = await SessionClient.connect(url);
    dee.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Dee', assignmentId: exam });
    await dee.next('opened');
    dee.send({ type: 'run', line: 'lspv' });
    await dee.next('output');
    const keptBefore = kept.length;
    await dee.close();
    nowMs += defaultLimits.unwatchedGraceMs + 1;
    // Every session left without a tab ends here (the earlier tests' too); only Dee's exam is ungraded.
    expect(sockets.sweep()).toBeGreaterThan(0);
    await expect.poll(() => kept.length).toBe(keptBefore + 1);
    expect(kept.at(-1)).toMatchObject({ trainee: 'Dee', assignmentId: exam, grade: { passed: false } });
    expect(kept.at(-1)?.transcript.map((e) => e.command)).toEqual(['lspv']);
    // Graded once: Cat's exam, graded by Cat, ended in the same sweep and was not graded again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kept.length).toBe(keptBefore + 1);
  });
});
