/**
 * The frame of every page that needs a user. Without accounts it adds nothing. With accounts it sends a
 * visitor who is not signed in (or whose session ended) to sign in, with the page to come back to, and
 * shows who is signed in above the page.
 */
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../store/auth';
import { AccountBar } from './account-bar';

export function SessionGate() {
  const phase = useAuth((s) => s.phase);
  const accountsRequired = useAuth((s) => s.accountsRequired);
  const setupNeeded = useAuth((s) => s.setupNeeded);
  const user = useAuth((s) => s.user);
  const { pathname, search, hash } = useLocation();

  if (phase === 'loading') {
    return (
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-2xl p-8">
        <p role="status" className="text-slate-600">
          Loading…
        </p>
      </main>
    );
  }
  if (accountsRequired && !user) {
    if (setupNeeded) return <Navigate to="/setup" replace />;
    return <Navigate to={`/login?next=${encodeURIComponent(pathname + search + hash)}`} replace />;
  }
  return (
    <>
      {accountsRequired && user && <AccountBar user={user} />}
      <Outlet />
    </>
  );
}
