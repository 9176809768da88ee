/**
 * One account in the list, and what an admin changes on it: roles and team, a new password, disabled or
 * not, deletion (asked twice). The server's answer to each change is shown in the row.
 */
import { useState } from 'react';
import type { Role } from '../../store/auth';
import { primaryButton, smallButton } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { RolesFieldset } from './roles-fieldset';
import { type Account, type AccountChange, changeAccount, deleteAccount } from './users-api';

export function UserRow({
  account,
  isMe,
  onChanged,
}: {
  account: Account;
  isMe: boolean;
  onChanged(): void;
}) {
  const [open, setOpen] = useState(false);
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [team, setTeam] = useState(account.team);
  const [password, setPassword] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const name = account.username;

  const act = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setMessage({ ok: true, text: done });
      onChanged();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  const change = (c: AccountChange, done: string) => act(() => changeAccount(account.id, c), done);

  return (
    <li className="px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <span className="font-semibold">{name}</span>
          {isMe && <span className="text-sm text-slate-600"> (you)</span>}
          <p className="text-sm text-slate-700">
            {account.roles.join(', ') || 'no role'} · {account.team ? `team ${account.team}` : 'no team'}
            {account.disabled && ' · disabled'}
          </p>
        </div>
        <button
          type="button"
          className={smallButton}
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            setRoles(account.roles);
            setTeam(account.team);
          }}
        >
          Change<span className="sr-only"> {name}</span>
        </button>
      </div>
      {open && (
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void change({ roles, team: team.trim() }, `Saved the roles and team of ${name}.`);
            }}
          >
            <RolesFieldset legend={`Roles of ${name}`} roles={roles} onChange={setRoles} />
            <TextField
              required
              label={`Team of ${name}`}
              autoComplete="off"
              value={team}
              onChange={setTeam}
            />
            <button type="submit" className={`${primaryButton} mt-3`}>
              Save roles and team
            </button>
          </form>
          <div>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void change({ password }, `Set a new password for ${name}.`).then(() => setPassword(''));
              }}
            >
              <TextField
                required
                label={`New password for ${name}`}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={setPassword}
                hint="At least 12 characters."
              />
              <button type="submit" className={`${smallButton} mt-2`}>
                Reset password
              </button>
            </form>
            <div className="mt-4 flex flex-wrap gap-2">
              <button
                type="button"
                className={smallButton}
                onClick={() =>
                  void change(
                    { disabled: !account.disabled },
                    account.disabled ? `${name} may sign in again.` : `${name} can no longer sign in.`,
                  )
                }
              >
                {account.disabled ? 'Enable' : 'Disable'}
                <span className="sr-only"> {name}</span>
              </button>
              {confirmDelete ? (
                <span className="flex items-center gap-2 text-sm">
                  Delete {name} for good?
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => void act(() => deleteAccount(account.id), `Deleted ${name}.`)}
                  >
                    Yes, delete {name}
                  </button>
                  <button type="button" className={smallButton} onClick={() => setConfirmDelete(false)}>
                    Keep {name}
                  </button>
                </span>
              ) : (
                <button type="button" className={smallButton} onClick={() => setConfirmDelete(true)}>
                  Delete<span className="sr-only"> {name}</span>
                </button>
              )}
            </div>
          </div>
        </div>
      )}
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={`mt-2 text-sm font-medium ${message.ok ? 'text-green-800' : 'text-red-700'}`}
        >
          {message.text}
        </p>
      )}
    </li>
  );
}
