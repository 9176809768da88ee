/** Creates an account: user name, first password, roles and team. The server's refusal is shown as it is. */
import { useState } from 'react';
import type { Role } from '../../store/auth';
import { primaryButton } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { RolesFieldset } from './roles-fieldset';
import { createAccount } from './users-api';

export function NewUserForm({ onCreated }: { onCreated(): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['operator']);
  const [team, setTeam] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  return (
    <section aria-labelledby="new-user-heading" className="mt-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="new-user-heading" className="text-xl font-semibold">
        New user
      </h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (roles.length === 0) return setMessage({ ok: false, text: 'Give the user at least one role.' });
          try {
            await createAccount({ username: username.trim(), password, roles, team: team.trim() });
            setMessage({ ok: true, text: `Created ${username.trim()}.` });
            setUsername('');
            setPassword('');
            setTeam('');
            onCreated();
          } catch (err) {
            setMessage({ ok: false, text: (err as Error).message });
          }
        }}
      >
        <div className="grid gap-x-6 md:grid-cols-2">
          <TextField required label="User name" autoComplete="off" value={username} onChange={setUsername} />
          <TextField
            required
            label="First password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            hint="At least 12 characters; give it to the user in person."
          />
          <TextField
            required
            label="Team"
            autoComplete="off"
            value={team}
            onChange={setTeam}
            hint="Runbooks are shared within a team."
          />
        </div>
        <RolesFieldset legend="Roles" roles={roles} onChange={setRoles} />
        {message && (
          <p
            role={message.ok ? 'status' : 'alert'}
            className={`mt-3 text-sm font-medium ${message.ok ? 'text-green-800' : 'text-red-700'}`}
          >
            {message.text}
          </p>
        )}
        <button type="submit" className={`${primaryButton} mt-4`}>
          Create user
        </button>
      </form>
    </section>
  );
}
