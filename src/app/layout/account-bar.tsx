/** With accounts: who is signed in, with their roles, and the way to sign out (after the last changes are sent). */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../store/auth';
import { signOutAfterSaving } from '../store/session';
import { smallButton } from '../ui/buttons';

export function AccountBar({ user }: { user: User }) {
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  return (
    <nav aria-label="Account" className="no-print border-b border-slate-200 bg-slate-100">
      <div className="mx-auto flex max-w-7xl items-center justify-end gap-3 px-6 py-1.5 text-sm text-slate-700">
        <span>
          Signed in as <strong>{user.username}</strong> ({user.roles.join(', ')}
          {user.team && `; team ${user.team}`})
        </span>
        <button
          type="button"
          className={smallButton}
          disabled={leaving}
          onClick={async () => {
            setLeaving(true);
            await signOutAfterSaving();
            navigate('/login', { replace: true });
          }}
        >
          Sign out
        </button>
      </div>
    </nav>
  );
}
