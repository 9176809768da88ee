/**
 * The first admin (accounts mode, no admin yet): the setup token the server printed in its log at start
 * proves the person at the form runs the server. They are signed in as that admin afterwards.
 */
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { setUpFirstAdmin, useAuth } from '../../store/auth';
import { primaryButton } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { AccountPage } from './account-page';

const minPasswordChars = 12;

/** What is wrong with the form before it is sent, in words that say how to fix it. */
function problemOf(password: string, confirm: string): string | undefined {
  if (password.length < minPasswordChars) {
    return `The password needs at least ${minPasswordChars} characters; a few words make a good one.`;
  }
  if (password !== confirm) return 'The two passwords differ; type the same password twice.';
  return undefined;
}

export function SetupPage() {
  const navigate = useNavigate();
  const phase = useAuth((s) => s.phase);
  const setupNeeded = useAuth((s) => s.setupNeeded);
  const [token, setToken] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (phase === 'ready' && !setupNeeded) return <Navigate to="/" replace />;

  return (
    <AccountPage title="First admin">
      <p className="mt-3 text-slate-700">
        This server has no admin yet. Enter the setup token the server printed in its log when it started,
        then choose the first admin’s user name and password.
      </p>
      <form
        className="mt-2"
        onSubmit={async (e) => {
          e.preventDefault();
          const problem = problemOf(password, confirm);
          if (problem) return setError(problem);
          setBusy(true);
          const result = await setUpFirstAdmin(token.trim(), username.trim(), password);
          setBusy(false);
          if (!result.ok) return setError(result.message);
          navigate('/admin/users', { replace: true });
        }}
      >
        <TextField
          required
          label="Setup token"
          autoComplete="off"
          value={token}
          onChange={setToken}
          hint="At the end of the server log's line “vgcopy: no admin yet; create one at … with the token …”."
        />
        <TextField
          required
          label="User name"
          autoComplete="username"
          value={username}
          onChange={setUsername}
        />
        <TextField
          required
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          hint={`At least ${minPasswordChars} characters.`}
        />
        <TextField
          required
          label="Confirm the password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        {error && (
          <p role="alert" className="mt-4 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className={`${primaryButton} mt-6`} disabled={busy}>
          Create the admin and sign in
        </button>
      </form>
    </AccountPage>
  );
}
