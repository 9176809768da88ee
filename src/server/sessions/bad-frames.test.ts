/**
 * Malformed and hostile frames on the session socket, replayed against the real server in its own process:
 * one bad frame used to end the whole server (ws emitted 'error' on a socket nobody listened to). Each bad
 * frame must close that socket with the close code RFC 6455 names, and nothing else: a session opened before
 * on another socket still answers, and the server process is still running.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frame, RawWebSocket } from './raw-websocket';
import { SessionClient } from './session-client';
import { type SpawnedServer, spawnServer } from './spawn-server';

const text = 0x1;
const kib = 1024;

describe('bad WebSocket frames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-frames-'));
  let server: SpawnedServer;
  let good: SessionClient;

  beforeAll(async () => {
    server = await spawnServer({ VGCOPY_DB: join(dir, 'frames.db') });
    good = await SessionClient.connect(server.url);
    good.send({ type: 'open', source: { kind: 'scenario', id: 'first-flashcopy' } });
    await good.next('opened');
  }, 60_000);
  afterAll(async () => {
    await good?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The other session answers a command, and the server's process has not ended. */
  const othersStillServed = async () => {
    good.send({ type: 'run', line: 'lsvg -o' });
    expect((await good.next('output')).entry.result).toEqual({
      stdout: 'datavg\nrootvg\n',
      stderr: '',
      exitCode: 0,
    });
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
  };

  it.each([
    [
      'a text frame over the size limit (513 KiB)',
      1009,
      { opcode: text, payload: Buffer.alloc(513 * kib, 'a') },
    ],
    [
      'a text frame that is not UTF-8',
      1007,
      { opcode: text, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
    ],
    [
      'an unmasked client frame',
      1002,
      { opcode: text, payload: Buffer.from('{"type":"list-scenarios"}'), masked: false },
    ],
    ['a frame with the reserved opcode 0x3', 1002, { opcode: 0x3, payload: Buffer.from('{}') }],
  ])('closes the socket that sends %s with code %i, and serves the others', async (_, code, parts) => {
    const raw = await RawWebSocket.open(server.url);
    expect((await raw.handshake()).status).toBe(101);
    raw.send(frame(parts));
    expect(await raw.closeCode()).toBe(code);
    raw.destroy();
    await othersStillServed();
  });

  it('survives a handshake the client resets at once, and refuses a malformed one with 400', async () => {
    const reset = await RawWebSocket.open(server.url);
    reset.socket.resetAndDestroy();
    const malformed = await RawWebSocket.open(server.url, { 'Sec-WebSocket-Version': '12' });
    expect((await malformed.handshake()).status).toBe(400);
    await othersStillServed();
  });
});
