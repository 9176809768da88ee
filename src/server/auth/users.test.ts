import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer, testPassword } from '../test-support/accounts';
import { UsersRepository } from './users-repository';

describe('managing accounts', () => {
  let server: TeamServer;
  let adminId: number;
  let traineeId: number;
  let admin: string;
  let trainee: string;
  beforeEach(async () => {
    server = await startTeamServer();
    adminId = await server.addUser('boss', ['admin'], 'admins');
    traineeId = await server.addUser('newbie', ['trainee'], 'training');
    admin = await server.signIn('boss');
    trainee = await server.signIn('newbie');
  });
  afterEach(() => server.stop());

  const repo = () => new UsersRepository(server.db);

  it('is refused to a trainee: no listing, no new account, no promotion of themselves', async () => {
    const forbidden = {
      error: {
        status: 403,
        message: 'Only an admin may manage accounts; you are signed in as "newbie" (trainee).',
      },
    };
    const attempts = [
      server.call('GET', '/api/users', { cookie: trainee }),
      server.call('POST', '/api/users', {
        cookie: trainee,
        body: { username: 'mole', password: 'a long enough password', roles: ['admin'], team: 'training' },
      }),
      server.call('PATCH', `/api/users/${traineeId}`, { cookie: trainee, body: { roles: ['admin'] } }),
      server.call('PATCH', `/api/users/${adminId}`, {
        cookie: trainee,
        body: { password: 'taken over now!' },
      }),
      server.call('DELETE', `/api/users/${adminId}`, { cookie: trainee }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual(forbidden);
    }
    expect(
      repo()
        .list()
        .map(({ username, roles }) => ({ username, roles })),
    ).toEqual([
      { username: 'boss', roles: ['admin'] },
      { username: 'newbie', roles: ['trainee'] },
    ]);
    // The admin's password is still the admin's.
    await server.signIn('boss');
  });

  it('lets an admin list, create, change and delete accounts', async () => {
    const created = await server.call('POST', '/api/users', {
      cookie: admin,
      body: {
        username: 'Carol.O-1',
        password: 'a long enough password',
        roles: ['operator', 'reviewer'],
        team: 'AIX team',
      },
    });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: { id: number; createdAt: string } };
    expect(user).toEqual({
      id: user.id,
      username: 'Carol.O-1',
      roles: ['operator', 'reviewer'],
      team: 'AIX team',
      disabled: false,
      createdAt: user.createdAt,
    });
    const changed = await server.call('PATCH', `/api/users/${user.id}`, {
      cookie: admin,
      body: { roles: ['instructor'], team: 'training' },
    });
    expect(await changed.json()).toEqual({ user: { ...user, roles: ['instructor'], team: 'training' } });
    const list = await server.call('GET', '/api/users', { cookie: admin });
    expect(((await list.json()) as { users: { username: string }[] }).users.map((u) => u.username)).toEqual([
      'boss',
      'Carol.O-1',
      'newbie',
    ]);
    expect((await server.call('DELETE', `/api/users/${user.id}`, { cookie: admin })).status).toBe(204);
    expect((await server.call('DELETE', `/api/users/${user.id}`, { cookie: admin })).status).toBe(404);
  });

  it('refuses a second account whose name differs only in case (no look-alike "Boss")', async () => {
    const res = await server.call('POST', '/api/users', {
      cookie: admin,
      body: { username: 'BOSS', password: 'a long enough password', roles: ['trainee'], team: 'training' },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { status: 409, message: 'There is already an account "BOSS"; choose another user name.' },
    });
  });

  it('says which fields of a new account are wrong', async () => {
    const res = await server.call('POST', '/api/users', {
      cookie: admin,
      body: { username: '-rf /', password: 'short', roles: ['root'], team: 'a;b' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        status: 400,
        message: 'The request body does not match what this endpoint takes; see issues.',
        issues: [
          {
            path: 'username',
            message:
              'User name: a user name is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
          },
          { path: 'password', message: 'Password: a password has at least 12 characters.' },
          {
            path: 'roles.0',
            message: 'Role 1: a role is one of admin, instructor, reviewer, operator, trainee.',
          },
          { path: 'team', message: 'Team: a team is 1 to 64 letters, digits, "_", "-" or spaces.' },
        ],
      },
    });
  });

  it('never removes the last admin who can sign in: not by deleting, demoting or disabling', async () => {
    const lastAdmin = (what: string) => ({
      error: {
        status: 409,
        message: `"boss" is the last admin who can sign in, so it cannot be ${what}: make another account admin first.`,
      },
    });
    const del = await server.call('DELETE', `/api/users/${adminId}`, { cookie: admin });
    expect(await del.json()).toEqual(lastAdmin('deleted'));
    const demote = await server.call('PATCH', `/api/users/${adminId}`, {
      cookie: admin,
      body: { roles: ['operator'] },
    });
    expect(await demote.json()).toEqual(lastAdmin('demoted'));
    const disable = await server.call('PATCH', `/api/users/${adminId}`, {
      cookie: admin,
      body: { disabled: true },
    });
    expect(await disable.json()).toEqual(lastAdmin('disabled'));
    expect(repo().get(adminId)).toMatchObject({ roles: ['admin'], disabled: false });

    // With a second admin, the first may go.
    await server.call('PATCH', `/api/users/${traineeId}`, { cookie: admin, body: { roles: ['admin'] } });
    expect((await server.call('DELETE', `/api/users/${adminId}`, { cookie: admin })).status).toBe(204);
    expect((await server.call('GET', '/api/users', { cookie: admin })).status).toBe(401);
  });

  it('locks a disabled account out at once, session and password both', async () => {
    expect((await server.call('GET', '/api/training/attempts', { cookie: trainee })).status).toBe(200);
    const res = await server.call('PATCH', `/api/users/${traineeId}`, {
      cookie: admin,
      body: { disabled: true },
    });
    expect(res.status).toBe(200);
    expect((await server.call('GET', '/api/training/attempts', { cookie: trainee })).status).toBe(401);
    const login = await server.call('POST', '/api/auth/login', {
      body: { username: 'newbie', password: testPassword },
    });
    expect(await login.json()).toEqual({ error: { status: 401, message: 'Wrong user name or password.' } });
    // Enabling the account again does not revive the old session.
    await server.call('PATCH', `/api/users/${traineeId}`, { cookie: admin, body: { disabled: false } });
    expect((await server.call('GET', '/api/training/attempts', { cookie: trainee })).status).toBe(401);
  });

  it("signs out a user's other sessions when the password changes", async () => {
    const traineeElsewhere = await server.signIn('newbie');
    await server.call('PATCH', `/api/users/${traineeId}`, {
      cookie: admin,
      body: { password: 'a brand new password' },
    });
    for (const cookie of [trainee, traineeElsewhere]) {
      expect((await server.call('GET', '/api/runbooks', { cookie })).status).toBe(401);
    }
    // An admin changing their own password stays signed in here, and only here.
    const adminElsewhere = await server.signIn('boss');
    await server.call('PATCH', `/api/users/${adminId}`, {
      cookie: admin,
      body: { password: 'my own new password' },
    });
    expect((await server.call('GET', '/api/users', { cookie: admin })).status).toBe(200);
    expect((await server.call('GET', '/api/users', { cookie: adminElsewhere })).status).toBe(401);
  });

  it('answers 404 for an account that is not there', async () => {
    const res = await server.call('PATCH', '/api/users/999', { cookie: admin, body: { team: 'x' } });
    expect(await res.json()).toEqual({
      error: { status: 404, message: 'No account with id "999"; GET /api/users lists them.' },
    });
  });
});
