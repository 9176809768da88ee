import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer, testPassword } from '../test-support/accounts';
import { loginLimits } from './login-limiter';

const wrongPassword = { error: { status: 401, message: 'Wrong user name or password.' } };

describe('guessing passwords', () => {
  let server: TeamServer;
  // Behind a trusted proxy, so each test can speak from the addresses it needs.
  beforeEach(async () => {
    server = await startTeamServer({ trustProxy: true });
    await server.addUser('alice', ['operator']);
  });
  afterEach(() => server.stop());

  const login = (username: string, password: string, from = '203.0.113.7') =>
    server.call('POST', '/api/auth/login', {
      headers: { 'X-Forwarded-For': from },
      body: { username, password },
    });

  it('is stopped at the sixth try on one account from one address, even when it is the right password', async () => {
    for (let i = 1; i <= loginLimits.perAccount.points; i++) {
      const res = await login('alice', `guess number ${i}`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(wrongPassword);
    }
    const sixth = await login('alice', 'guess number 6');
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(loginLimits.perAccount.duration);
    expect(await sixth.json()).toEqual({
      error: {
        status: 429,
        message:
          'Too many failed sign-ins as "alice" from your address; wait 15 minutes and try again, or ask an admin to set a new password.',
      },
    });
    const right = await login('alice', testPassword);
    expect(right.status).toBe(429);
    expect(right.headers.get('Set-Cookie')).toBeNull();
    // Changing the name's case is the same account.
    expect((await login('ALICE', testPassword)).status).toBe(429);
    // Alice herself, at her own desk, still gets in.
    expect((await login('alice', testPassword, '198.51.100.20')).status).toBe(200);
  });

  it('is stopped when fired all at once: the attempts are counted before any password is checked', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('alice', `parallel ${i}`)));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
  });

  it('is stopped from one address spraying many accounts', async () => {
    for (let i = 0; i < loginLimits.perAddress.points; i++) {
      expect((await login(`user${i}`, 'Winter2026!!')).status).toBe(401);
    }
    const next = await login('alice', testPassword);
    expect(next.status).toBe(429);
    expect(await next.json()).toEqual({
      error: {
        status: 429,
        message:
          'Too many failed sign-ins from your address; wait 60 minutes and try again, or ask an admin to set a new password.',
      },
    });
  });

  it('gives an unknown user name the same answer as a wrong password', async () => {
    const unknown = await login('mallory', testPassword);
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(wrongPassword);
  });

  it("forgives a user's own mistakes once they sign in", async () => {
    for (let i = 0; i < loginLimits.perAccount.points - 1; i++) await login('alice', 'typo in password');
    expect((await login('alice', testPassword)).status).toBe(200);
    for (let i = 0; i < loginLimits.perAccount.points - 1; i++) {
      expect((await login('alice', 'typo in password')).status).toBe(401);
    }
  });
});
