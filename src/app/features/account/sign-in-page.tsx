/**
 * Sign in (accounts mode). After it, the user is back on the page they asked for (?next=), and the
 * changes their browser kept while they were signed out are sent to the server.
 */
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { signIn, useAuth } from '../../store/auth';
import { primaryButton } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { AccountPage } from './account-page';
import { safeNext } from './safe-next';

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const phase = useAuth((s) => s.phase);
  const accountsRequired = useAuth((s) => s.accountsRequired);
  const setupNeeded = useAuth((s) => s.setupNeeded);
  const user = useAuth((s) => s.user);
  const expired = useAuth((s) => s.expired);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (phase === 'ready' && (!accountsRequired || user)) return <Navigate to={next} replace />;
  if (phase === 'ready' && setupNeeded) return <Navigate to="/setup" replace />;

  return (
    <AccountPage title="Sign in">
      {expired && (
        <p role="status" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-2">
          Your session has ended. Sign in again: what you changed is kept in this browser and is saved on the
          server once you are signed in.
        </p>
      )}
      <form
        className="mt-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          const result = await signIn(username.trim(), password);
          setBusy(false);
          if (!result.ok) return setError(result.message);
          navigate(next, { replace: true });
        }}
      >
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
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        {error && (
          <p role="alert" className="mt-4 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className={`${primaryButton} mt-6`} disabled={busy}>
          Sign in
        </button>
      </form>
      <p className="mt-6 text-sm text-slate-600">
        No account yet, or a forgotten password? Your vgcopy administrator creates accounts and resets
        passwords.
      </p>
    </AccountPage>
  );
}
