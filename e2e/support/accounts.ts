/**
 * People of the team journeys (e2e/team, the server with accounts): the first admin the server makes from
 * its environment, accounts made through the API for journeys that are not about making them, and signing
 * in on the page as a person does.
 */
import { type APIRequestContext, expect, type Page, request } from '@playwright/test';

/** The first admin of the accounts server, from VGCOPY_ADMIN_USER and VGCOPY_ADMIN_PASSWORD (playwright.config.ts). */
export const e2eAdmin = { username: 'admin', password: 'first admin of the e2e team server' };

/** The instructor password of the server without accounts, from VGCOPY_INSTRUCTOR_PASSWORD (playwright.config.ts). */
export const e2eInstructorPassword = 'train the trainers';

export type Role = 'admin' | 'instructor' | 'reviewer' | 'operator' | 'trainee';

export interface Person {
  username: string;
  password: string;
  roles: Role[];
  team: string;
}

/** A name no earlier run of the suite used on a server whose database outlived it. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** A person with a fresh name and a password long enough for the server (12 characters or more). */
export function person(prefix: string, roles: Role[], team: string): Person {
  return { username: unique(prefix), password: `${prefix} password 12345`, roles, team };
}

/** Makes accounts as the admin through the API (the users page itself is proven in accounts.spec.ts). */
export async function createPeople(baseURL: string, ...people: Person[]): Promise<void> {
  const api: APIRequestContext = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: e2eAdmin });
  expect(login.status(), await login.text()).toBe(200);
  for (const p of people) {
    const res = await api.post('/api/users', { data: p });
    expect(res.status(), await res.text()).toBe(201);
  }
  await api.dispose();
}

/**
 * Signs in on the sign-in page by labels, and waits for the header to name the user. The page must be
 * on its way to the sign-in page (any page visited while signed out is).
 */
export async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name', { exact: true }).fill(who.username);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountBar(page)).toContainText(`Signed in as ${who.username}`);
}

/** The header part that says who is signed in, with the Sign out button. */
export function accountBar(page: Page) {
  return page.getByRole('navigation', { name: 'Account' });
}
