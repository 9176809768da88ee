/** The accounts API (admins only). Every refusal comes back as the server's message, to show as it is. */
import { apiFetch, apiJson, jsonInit } from '../../store/api-fetch';
import { messageOf, type Role } from '../../store/auth';

export interface Account {
  id: number;
  username: string;
  roles: Role[];
  team: string;
  disabled: boolean;
  createdAt: string;
}

export interface NewAccount {
  username: string;
  password: string;
  roles: Role[];
  team: string;
}

export type AccountChange = Partial<Pick<Account, 'roles' | 'team' | 'disabled'> & { password: string }>;

export async function listAccounts(): Promise<Account[]> {
  return (await apiJson<{ users: Account[] }>('/api/users')).users;
}

export async function createAccount(account: NewAccount): Promise<void> {
  await apiJson('/api/users', jsonInit('POST', account));
}

export async function changeAccount(id: number, change: AccountChange): Promise<void> {
  await apiJson(`/api/users/${id}`, jsonInit('PATCH', change));
}

export async function deleteAccount(id: number): Promise<void> {
  const res = await apiFetch(`/api/users/${id}`, jsonInit('DELETE'));
  if (!res.ok) throw new Error(await messageOf(res));
}
