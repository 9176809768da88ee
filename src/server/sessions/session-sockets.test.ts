import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import { testClients } from './session-client';
import { defaultLimits } from './session-limits';
import { SessionManager } from './session-manager';
import { attachSessionSockets, type SessionSockets } from './session-sockets';

const scenario = { kind: 'scenario', id: 'first-flashcopy' } as const;

describe('simulator sessions over a WebSocket', () => {
  let server: Server;
  let sockets: SessionSockets;
  let url: string;
  let nowMs = 0;
  const kept: FinishedAttempt[] = [];
  const simulator = createBundledSimulator();
  const manager = new SessionManager(simulator, (attempt) => kept.push(attempt), {
    ...defaultLimits,
    idleMs: 60_000,
    continueStepMs: 0,
  });
  const clients = testClients(() => url);
  const connect = clients.connect;

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: new Hono().fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(s as Server),
      );
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sockets = attachSessionSockets(server, manager, { nowMs: () => nowMs });
  });
  afterAll(async () => {
    await clients.closeAll();
    sockets.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers bad messages with an error that says what is wrong, and keeps the connection', async () => {
    const client = await connect();
    client.sendRaw('lspv');
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'That message is not JSON: send one JSON object such as {"type":"run","line":"lspv"}.',
    });
    client.send({ type: 'format-disk', disk: 'hdisk1' });
    expect(await client.next('error')).toMatchObject({
      type: 'error',
      message: 'That message is not one this session takes; see issues.',
      issues: [{ path: 'type', message: expect.any(String) }],
    });
    client.send({ type: 'run', line: 'x'.repeat(5000) });
    expect((await client.next('error')).issues).toEqual([
      { path: 'line', message: expect.stringContaining('4000') },
    ]);
    client.send({ type: 'run', line: 'lspv\u0000; halt -q' });
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'That message is not one this session takes; see issues.',
      issues: [{ path: 'line', message: 'Command line: a NUL character is not allowed.' }],
    });
    client.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'Send text frames holding one JSON message each.',
    });
    client.send({ type: 'run', line: 'lspv' });
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'Open a session first: send {"type":"open","source":{"kind":"scenario","id":"..."}}.',
    });
    client.send({ type: 'open', source: scenario, mode: 'train' });
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'A training session needs the trainee name: enter your name first.',
    });
    client.send({ type: 'list-scenarios' });
    expect((await client.next('scenarios')).scenarios).toEqual(simulator.listScenarios());
  });

  it('runs a command with the same output as the simulator gives, and the world survives a reconnect', async () => {
    const opened = await simulator.open(scenario);
    if ('error' in opened) throw new Error(opened.error);
    const expected = await opened.host.run('aix', 'lspv');

    const first = await connect();
    first.send({ type: 'open', source: scenario });
    const { sessionId } = await first.next('opened');
    first.send({ type: 'run', line: 'lspv' });
    // lspv only reads: the answer carries no picture.
    expect(await first.next('output')).toEqual({
      type: 'output',
      entry: { source: 'aix', command: 'lspv', result: expected, at: '2025-07-14T10:00:00Z' },
      changed: [],
    });
    first.send({ type: 'run', line: 'cfgmgr' });
    const afterCfgmgr = (await first.next('output')).state;
    await first.close();

    const again = await connect();
    again.send({ type: 'resume', sessionId });
    const resumed = await again.next('opened');
    expect(resumed.transcript.map((e) => e.command)).toEqual(['lspv', 'cfgmgr']);
    expect(resumed.state).toEqual(afterCfgmgr);
  });

  it("shows the storage admin's second tab every change, and the host's tab the storage commands", async () => {
    const host = await connect();
    host.send({ type: 'open', source: scenario });
    const { sessionId } = await host.next('opened');
    const storage = await connect();
    storage.send({ type: 'resume', sessionId });
    await storage.next('opened');
    storage.send({ type: 'run', console: 'storage', line: 'mkflash -dev IBM.2107-75ABCD1 -nocp 1000:1100' });
    const seenByHost = await host.next('output');
    expect(seenByHost.entry).toMatchObject({
      source: 'storage',
      command: 'mkflash -dev IBM.2107-75ABCD1 -nocp 1000:1100',
    });
    expect(seenByHost.entry.result.stdout).toContain(
      'CMUC00137I mkflash: FlashCopy pair 1000:1100 successfully created.',
    );
    expect(await storage.next('output')).toEqual(seenByHost);
  });

  it('drops a session left idle longer than the limit', async () => {
    const client = await connect();
    client.send({ type: 'open', source: scenario });
    const { sessionId } = await client.next('opened');
    nowMs += 60_001;
    expect(sockets.sweep()).toBeGreaterThanOrEqual(1);
    client.send({ type: 'run', line: 'lspv' });
    expect(await client.next('error')).toEqual({
      type: 'error',
      message: 'This session ended (left idle too long, or without a tab); open a new one.',
    });
    const other = await connect();
    other.send({ type: 'resume', sessionId });
    expect(await other.next('error')).toEqual({
      type: 'error',
      message: 'That session has expired or never was; open a new one.',
    });
  });

  it('grades a training attempt and hands it over to be kept', async () => {
    const client = await connect();
    client.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Ann' });
    await client.next('opened');
    client.send({ type: 'run', line: 'cfgmgr' });
    await client.next('output');
    client.send({ type: 'submit' });
    const graded = await client.next('graded');
    expect(graded.attemptId).toBe(kept.length);
    expect(kept.at(-1)).toMatchObject({ trainee: 'Ann', grade: graded.grade });
  });

  it("times each command of a training session whatever the page asks, and runs its clock at the scenario's speed until the trainee changes it", async () => {
    const client = await connect();
    client.send({ type: 'open', source: scenario, mode: 'train', trainee: 'Ann', timeMoves: false });
    expect(await client.next('opened')).toMatchObject({ speed: 1, hintsShown: [], hintsLeft: 6 });
    client.send({ type: 'clock-speed', speed: 0 });
    // The real time since the open (under a second, unless the machine is slow) passes first.
    let paused = await client.next('clock');
    while (paused.speed === undefined) paused = await client.next('clock');
    expect(paused.speed).toBe(0);
    client.send({ type: 'run', line: 'cfgmgr' });
    const cfgmgrTakes20s = new Date(Date.parse(paused.now) + 20_000).toISOString().replace('.000', '');
    expect((await client.next('output')).entry.at).toBe(cfgmgrTakes20s);
  });
});
