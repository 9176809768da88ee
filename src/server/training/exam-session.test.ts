import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import { type Db, openDatabase } from '../db';
import { testClients } from '../sessions/session-client';
import { defaultLimits } from '../sessions/session-limits';
import { SessionManager } from '../sessions/session-manager';
import { attachSessionSockets, type SessionSockets } from '../sessions/session-sockets';
import { listen, type RunningServer } from '../test-support/http';
import { assignmentAccess } from './assignment-access';
import { ClassesRepository } from './classes-repository';

const scenario = { kind: 'scenario', id: 'first-flashcopy' } as const;

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

  beforeAll(async () => {
    db = openDatabase(':memory:');
    const classes = new ClassesRepository(db);
    const cohort = classes.createCohort('December', ['Ann', 'Bob']) ?? 0;
    const set = { scenarioIds: ['first-flashcopy'], dueAt: '2026-12-10T17:00:00.000Z' };
    exam = classes.addAssignment(cohort, { ...set, title: 'Exam', mode: 'exam', timeLimitMinutes: 30 });
    practice = classes.addAssignment(cohort, {
      ...set,
      title: 'Week 1',
      mode: 'practice',
      timeLimitMinutes: null,
    });
    const manager = new SessionManager(createBundledSimulator(), (attempt) => kept.push(attempt), {
      ...defaultLimits,
      continueStepMs: 0,
    });
    const access = assignmentAccess(db);
    server = await listen(new Hono());
    url = server.url;
    sockets = attachSessionSockets(server.server, manager, {
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
});
