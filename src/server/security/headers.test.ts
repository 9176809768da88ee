/** Every kind of answer carries the security headers: API, error, static file, index.html fallback. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';

const expected = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'; connect-src 'self'; worker-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

function securityHeadersOf(res: Response) {
  return Object.fromEntries(Object.keys(expected).map((name) => [name, res.headers.get(name)]));
}

describe('security headers', () => {
  let db: Db;
  let dist: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    db = openDatabase(':memory:');
    dist = mkdtempSync(join(tmpdir(), 'vgcopy-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>vgcopy</title>');
    writeFileSync(join(dist, 'vgcopy-collect.sh'), '#!/bin/ksh\n');
    app = createApp({ db, version: '1.0.0', staticDir: dist });
  });
  afterAll(() => {
    db.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['an API answer', '/api/health', 200],
    ['an API error', '/api/runbooks/not%20an%20id', 400],
    ['a static file', '/vgcopy-collect.sh', 200],
    ['the index.html fallback of a deep link', '/runbooks/abc123/phase1', 200],
  ])('are on %s', async (_, path, status) => {
    const res = await app.request(`http://localhost:8080${path}`);
    expect(res.status).toBe(status);
    expect(securityHeadersOf(res)).toEqual(expected);
  });

  it('are on a refused cross-site request', async () => {
    const res = await app.request('http://localhost:8080/api/runbooks/rb1', {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(securityHeadersOf(res)).toEqual(expected);
  });
});
