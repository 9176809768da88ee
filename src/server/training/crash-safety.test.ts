import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import { SessionClient } from '../sessions/session-client';
import { spawnServer } from '../sessions/spawn-server';

describe('training attempts and a crash of the server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every attempt the server confirmed when it is killed with kill -9 mid-run', async () => {
    const file = join(dir, 'crash.db');
    const server = await spawnServer({ VGCOPY_DB: file });
    const confirmed: number[] = [];
    let killed = false;
    // Six trainees finish attempts one after the other until the server is killed under them.
    const trainees = Array.from({ length: 6 }, async (_, i) => {
      const client = await SessionClient.connect(server.url);
      try {
        while (!killed) {
          client.send({
            type: 'open',
            source: { kind: 'scenario', id: 'first-flashcopy' },
            mode: 'train',
            trainee: `trainee-${i}`,
          });
          await client.next('opened');
          client.send({ type: 'run', line: 'lspv' });
          await client.next('output');
          client.send({ type: 'submit' });
          const graded = await client.next('graded');
          if (graded.attemptId !== null) confirmed.push(graded.attemptId);
        }
      } catch {
        // The server died mid-conversation: expected once killed.
      }
    });
    while (confirmed.length < 20) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    await server.stop('SIGKILL');
    await Promise.all(trainees);
    expect(server.child.signalCode).toBe('SIGKILL');

    const db = openDatabase(file);
    const rows = db.prepare('SELECT id, trainee, transcript_json FROM attempts').all() as {
      id: number;
      trainee: string;
      transcript_json: string;
    }[];
    db.close();
    const kept = new Set(rows.map((r) => r.id));
    expect(confirmed.filter((id) => !kept.has(id))).toEqual([]);
    for (const row of rows) {
      expect(JSON.parse(row.transcript_json).map((e: { command: string }) => e.command)).toEqual(['lspv']);
    }
  }, 60_000);
});
