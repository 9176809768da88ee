/**
 * Who may open and join simulator sessions, how many, and for how long, replayed as the attacks of issue
 * 9: a page of another site driving a session, an unknown caller, a user joining someone else's session,
 * a trainee submitting under another name, one user (or address) opening sessions without end, a closed
 * tab's session living on, and one session's run to the end starving the others of its thread. Each runs
 * against the in-thread registry and the worker pool, where the sessions live in another thread.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSimulator } from '../../sim/worker/bundled-simulator';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import { localPrincipal, type Principal } from '../auth/principal';
import { RawWebSocket } from './raw-websocket';
import { SessionClient } from './session-client';
import { defaultLimits, type SessionLimits } from './session-limits';
import { SessionManager, type SessionRegistry } from './session-manager';
import { attachSessionSockets, type SessionSockets } from './session-sockets';
import { WorkerPool } from './worker-pool';

const scenario = { kind: 'scenario', id: 'first-flashcopy' } as const;
const simulator = createBundledSimulator();
const limits: SessionLimits = {
  ...defaultLimits,
  sessionsPerUser: 2,
  sessionsPerAddress: 3,
  unwatchedGraceMs: 120_000,
  continueStepMs: 0,
};
const accounts: Record<string, Principal> = {
  ann: { id: 7, username: 'ann', roles: ['trainee'], team: 'ops' },
  bob: { id: 8, username: 'bob', roles: ['trainee'], team: 'ops' },
};

/** Stands in for the cookie sign-in: `X-Test-User` names the account; none is the local user. */
function identify(req: IncomingMessage): Principal | undefined {
  const name = req.headers['x-test-user'];
  if (name === undefined) return localPrincipal;
  return typeof name === 'string' ? accounts[name] : undefined;
}

const registries: [string, (kept: FinishedAttempt[]) => SessionRegistry & { close?(): Promise<void> }][] = [
  ['in this thread', (kept) => new SessionManager(simulator, (a) => kept.push(a), limits)],
  ['in a worker thread', (kept) => new WorkerPool(1, simulator.listScenarios, (a) => kept.push(a), limits)],
];

describe.each(registries)('simulator sessions %s', (_, makeRegistry) => {
  let server: Server;
  let sockets: SessionSockets;
  let registry: ReturnType<typeof makeRegistry>;
  let url: string;
  let nowMs = 0;
  let gate = Promise.resolve();
  const kept: FinishedAttempt[] = [];
  let clients: SessionClient[] = [];
  const connect = async (user?: string) => {
    const client = await SessionClient.connect(url, user ? { 'X-Test-User': user } : {});
    clients.push(client);
    return client;
  };
  const open = async (user?: string, extra: Record<string, unknown> = {}) => {
    const client = await connect(user);
    client.send({ type: 'open', source: scenario, ...extra });
    return { client, reply: await client.nextOf(['opened', 'error']) };
  };

  beforeAll(async () => {
    registry = makeRegistry(kept);
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: new Hono().fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(s as Server),
      );
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Opens wait for `gate`, so a test can close a tab while its session is being opened.
    const gated: SessionRegistry = {
      limits: registry.limits,
      scenarios: () => registry.scenarios(),
      open: async (message) => {
        await gate;
        return registry.open(message);
      },
      drop: (id) => registry.drop(id),
    };
    sockets = attachSessionSockets(server, gated, {
      identify,
      trustedOrigins: ['http://localhost:5173'],
      nowMs: () => nowMs,
    });
  });
  afterEach(async () => {
    await Promise.all(clients.map((c) => c.close()));
    clients = [];
  });
  afterAll(async () => {
    sockets.close();
    await registry.close?.();
    await new Promise((resolve) => server.close(resolve));
  });

  it("refuses another site's page and an unknown caller before the upgrade, with the reason", async () => {
    const evil = await RawWebSocket.open(url, { Origin: 'https://evil.example' });
    expect(await evil.handshake()).toEqual({
      status: 403,
      body: `This request came from https://evil.example, not from vgcopy's own pages at ${new URL(url).host}; if vgcopy is served from that address, add it to VGCOPY_ORIGINS.\n`,
    });
    const framed = await RawWebSocket.open(url, { 'Sec-Fetch-Site': 'cross-site' });
    expect(await framed.handshake()).toEqual({
      status: 403,
      body: "This request came from another site's page (Sec-Fetch-Site: cross-site); vgcopy takes changes only from its own pages.\n",
    });
    const stranger = await RawWebSocket.open(url, { 'X-Test-User': 'mallory' });
    expect(await stranger.handshake()).toEqual({
      status: 401,
      body: 'Sign in first: simulator sessions are for signed-in users.\n',
    });
    for (const origin of [url, 'http://localhost:5173']) {
      const own = await RawWebSocket.open(url, { Origin: origin, 'Sec-Fetch-Site': 'same-origin' });
      expect((await own.handshake()).status).toBe(101);
      own.destroy();
    }
  });

  it("refuses to resume another user's session, and resumes the owner's own in a second tab", async () => {
    const { reply } = await open('ann');
    if (reply.type !== 'opened') throw new Error(reply.message);
    for (const intruder of ['bob', undefined]) {
      const other = await connect(intruder);
      other.send({ type: 'resume', sessionId: reply.sessionId });
      expect(await other.next('error')).toEqual({
        type: 'error',
        message: 'That session belongs to another user; open your own.',
      });
      // Refused means not attached either: the intruder's next command finds no session.
      other.send({ type: 'run', line: 'lspv' });
      expect((await other.next('error')).message).toMatch(/^Open a session first/);
    }
    const secondTab = await connect('ann');
    secondTab.send({ type: 'resume', sessionId: reply.sessionId });
    expect((await secondTab.next('opened')).sessionId).toBe(reply.sessionId);
  });

  it("grades a signed-in trainee's attempt under the account's name, whatever name the page sent", async () => {
    const { client } = await open('ann', { mode: 'train', trainee: 'bob' });
    client.send({ type: 'submit' });
    const graded = await client.next('graded');
    expect(kept.at(-1)).toMatchObject({ trainee: 'ann', grade: graded.grade });
    const { client: local } = await open(undefined, { mode: 'train', trainee: 'Ann at the desk' });
    local.send({ type: 'submit' });
    await local.next('graded');
    expect(kept.at(-1)?.trainee).toBe('Ann at the desk');
  });

  it('refuses a session over the per-user limit until a tab closes, which frees its place at once', async () => {
    const first = await open('ann');
    await open('ann');
    expect((await open('ann')).reply).toEqual({
      type: 'error',
      message:
        'You have 2 simulator sessions open, the most one user may have; close a tab with a session you no longer need (its session ends with it) and try again.',
    });
    await first.client.close();
    expect((await open('ann')).reply.type).toBe('opened');
  });

  it('refuses a session over the per-address limit, whoever asks', async () => {
    await open('ann');
    await open('bob');
    await open();
    expect((await open('bob')).reply).toEqual({
      type: 'error',
      message:
        '3 simulator sessions are open from your address, the most one address may have; close a tab with a session you no longer need (its session ends with it) and try again.',
    });
  });

  it('ends a session a grace period after its last tab closed, and resumes it within the grace', async () => {
    const { client, reply } = await open();
    if (reply.type !== 'opened') throw new Error(reply.message);
    const sessionId = reply.sessionId;
    await client.close();
    nowMs += limits.unwatchedGraceMs;
    sockets.sweep();
    const back = await connect();
    back.send({ type: 'resume', sessionId });
    expect((await back.next('opened')).sessionId).toBe(sessionId);
    await back.close();
    nowMs += limits.unwatchedGraceMs + 1;
    expect(sockets.sweep()).toBeGreaterThanOrEqual(1);
    const late = await connect();
    late.send({ type: 'resume', sessionId });
    expect(await late.next('error')).toEqual({
      type: 'error',
      message: 'That session has expired or never was; open a new one.',
    });
  });

  it('ends a session whose tab closed while the session was being opened', async () => {
    nowMs += limits.unwatchedGraceMs + 1;
    sockets.sweep();
    let release = () => {};
    gate = new Promise((resolve) => {
      release = resolve;
    });
    const client = await connect();
    client.send({ type: 'open', source: scenario });
    await client.close();
    // Released only once the server has seen the connection go.
    while ((await new Promise<number>((resolve) => server.getConnections((_, n) => resolve(n)))) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    release();
    gate = Promise.resolve();
    // The open finishes for nobody: its session must end after the grace, not stay held by a closed tab.
    let ended = 0;
    for (let tries = 0; ended === 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      nowMs += limits.unwatchedGraceMs + 1;
      ended = sockets.sweep();
    }
    expect(ended).toBe(1);
  });

  it("keeps answering one session's commands while another session of the thread runs a long script to the end", async () => {
    const { client: heavy } = await open();
    const { client: light } = await open();
    const lines = 300;
    heavy.send({
      type: 'script-load',
      text: Array.from({ length: lines }, () => 'lsvg -l datavg').join('\n'),
    });
    await heavy.next('script');
    heavy.send({ type: 'script-run-to-end' });
    let finished = false;
    const ran = (async () => {
      for (;;) {
        const { script } = await heavy.next('script');
        if (script.status === 'finished' || script.status === 'failed') return script.status;
      }
    })().finally(() => {
      finished = true;
    });
    let answeredBefore = 0;
    while (!finished) {
      light.send({ type: 'run', line: 'lsvg -o' });
      await light.next('output');
      if (!finished) answeredBefore++;
    }
    expect(await ran).toBe('finished');
    // Without a turn between the heavy session's commands, none of these would come back before it ends.
    expect(answeredBefore).toBeGreaterThanOrEqual(10);
  });
});
