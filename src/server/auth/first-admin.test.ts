import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cookieOf, startTeamServer, type TeamServer } from '../test-support/accounts';
import { createAccounts } from './accounts';
import { SetupToken } from './setup-token';
import { UsersRepository } from './users-repository';

const newAdmin = { username: 'root-admin', password: 'a long setup password' };
const wrongToken = {
  error: {
    status: 403,
    message:
      'That is not the setup token, or it was used already: copy it from the line "vgcopy: no admin yet" in the server log (restarting the server prints a new one).',
  },
};

describe('the first admin', () => {
  let server: TeamServer;
  beforeEach(async () => {
    server = await startTeamServer();
  });
  afterEach(() => server.stop());
  const userCount = () => new UsersRepository(server.db).list().length;

  it('is created only with the token from the log, which then works no more', async () => {
    const token = await server.accounts.prepareFirstAdmin(undefined);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await (await server.call('GET', '/api/auth/me')).json()).toEqual({
      accountsRequired: true,
      setupNeeded: true,
      user: null,
    });

    const guessed = await server.call('POST', '/api/auth/setup', { body: { ...newAdmin, token: 'letmein' } });
    expect(guessed.status).toBe(403);
    expect(await guessed.json()).toEqual(wrongToken);
    expect(userCount()).toBe(0);

    const res = await server.call('POST', '/api/auth/setup', { body: { ...newAdmin, token } });
    expect(res.status).toBe(201);
    const user = { id: 1, username: 'root-admin', roles: ['admin'], team: 'admins' };
    expect(await res.json()).toEqual({ user });
    expect((await server.call('GET', '/api/users', { cookie: cookieOf(res) })).status).toBe(200);

    const again = await server.call('POST', '/api/auth/setup', {
      body: { token, username: 'second-admin', password: 'another long password' },
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: {
        status: 409,
        message: 'This server already has an admin: sign in, or ask an admin for an account.',
      },
    });
    expect(userCount()).toBe(1);
  });

  it('is never whoever comes first: with no token issued, no setup and no sign-in makes one', async () => {
    for (const token of ['undefined', 'null', 'A'.repeat(32)]) {
      const res = await server.call('POST', '/api/auth/setup', { body: { ...newAdmin, token } });
      expect(await res.json()).toEqual(wrongToken);
    }
    for (const body of [newAdmin, { ...newAdmin, token: '' }]) {
      expect((await server.call('POST', '/api/auth/setup', { body })).status).toBe(400);
    }
    expect((await server.call('POST', '/api/auth/login', { body: newAdmin })).status).toBe(401);
    expect(userCount()).toBe(0);
    expect(await (await server.call('GET', '/api/auth/me')).json()).toMatchObject({ setupNeeded: false });
  });

  it('needs no token when an admin exists', async () => {
    await server.addUser('alice', ['admin']);
    expect(await server.accounts.prepareFirstAdmin(undefined)).toBeUndefined();
  });

  it('comes from VGCOPY_ADMIN_USER and VGCOPY_ADMIN_PASSWORD, whose restart resets a lost or locked account', async () => {
    const fromEnv = { username: 'ops-admin', password: 'first env password' };
    expect(await server.accounts.prepareFirstAdmin(fromEnv)).toBeUndefined();
    const oldSession = await server.signIn('ops-admin', fromEnv.password);
    const repo = new UsersRepository(server.db);
    const admin = repo.findForLogin('ops-admin')!;
    expect(admin).toMatchObject({ roles: ['admin'], team: 'admins', disabled: false });
    await server.addUser('backup-admin', ['admin']);
    repo.update(admin.id, { roles: ['trainee'], disabled: true });

    // The next start, with a new password: the account is admin again and the old password's session ends.
    const restarted = createAccounts(server.db, { required: true, trustProxy: false });
    await restarted.prepareFirstAdmin({ username: 'ops-admin', password: 'second env password' });
    expect(repo.findForLogin('ops-admin')).toMatchObject({ roles: ['trainee', 'admin'], disabled: false });
    expect((await server.call('GET', '/api/runbooks', { cookie: oldSession })).status).toBe(401);
    expect(
      (
        await server.call('POST', '/api/auth/login', {
          body: { username: 'ops-admin', password: fromEnv.password },
        })
      ).status,
    ).toBe(401);
    await server.signIn('ops-admin', 'second env password');
  });
});

describe('the setup token', () => {
  it('works once, and only as issued', () => {
    const setup = new SetupToken();
    expect(setup.redeem('')).toBe(false);
    const token = setup.issue();
    expect(setup.redeem(`${token}x`)).toBe(false);
    expect(setup.redeem(token.toUpperCase())).toBe(false);
    expect(setup.redeem(token)).toBe(true);
    expect(setup.redeem(token)).toBe(false);
    expect(setup.isPending()).toBe(false);
  });
});
