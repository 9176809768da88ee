/** Users (accounts mode, admins only): every account, the form that creates one, and the changes to each. */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useAuth } from '../../store/auth';
import { NewUserForm } from './new-user-form';
import { UserRow } from './user-row';
import { type Account, listAccounts } from './users-api';

export function UsersPage() {
  const me = useAuth((s) => s.user);
  const accountsRequired = useAuth((s) => s.accountsRequired);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<string>();
  const isAdmin = accountsRequired && me?.roles.includes('admin');

  const reload = useCallback(() => {
    listAccounts()
      .then((list) => {
        setAccounts(list);
        setError(undefined);
      })
      .catch((err: Error) => setError(err.message));
  }, []);
  useEffect(() => {
    if (isAdmin) reload();
  }, [isAdmin, reload]);

  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-4xl p-8 text-slate-900">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Users</h1>
        <Link to="/" className="text-brand-700 underline">
          vgcopy home
        </Link>
      </header>
      {!accountsRequired ? (
        <p role="alert" className="mt-4">
          This server runs without accounts (one person on this computer): there are no users to manage. Start
          it with VGCOPY_ACCOUNTS=on to have them.
        </p>
      ) : !hasRole(me, 'admin') ? (
        <p role="alert" className="mt-4">
          Only an admin manages users; ask one to change your account.
        </p>
      ) : (
        <>
          {error && (
            <p role="alert" className="mt-4 text-sm font-medium text-red-700">
              {error}
            </p>
          )}
          <NewUserForm onCreated={reload} />
          <h2 className="mt-8 text-xl font-semibold">Accounts</h2>
          {accounts && (
            <ul
              aria-label="Accounts"
              className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white"
            >
              {accounts.map((a) => (
                <UserRow key={a.id} account={a} isMe={a.id === me?.id} onChanged={reload} />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
