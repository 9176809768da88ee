/**
 * Ties the runbooks kept in the browser to who is signed in. Without accounts: one store, mirrored to
 * the server as always. With accounts: each user's runbooks in their own browser store, mirrored to the
 * server once they are signed in, with their team's runbooks pulled in. When the session ends (a 401),
 * the store stays as it is and its unsent changes wait; when the same user signs in again they are sent.
 */
import { loadAuth, signOut, useAuth } from './auth';
import { followOtherTabs } from './other-tabs';
import { localStoreName, openRunbooksStore } from './runbooks';
import { catchUp, sendPendingNow, startServerSync } from './server-sync';

let stopSync: (() => void) | undefined;
let syncedStore: string | undefined;

function follow(): void {
  const { phase, accountsRequired, user } = useAuth.getState();
  if (phase !== 'ready' || (accountsRequired && !user)) return;
  const name = accountsRequired && user ? `${localStoreName}.${user.username}` : localStoreName;
  if (name === syncedStore) {
    void catchUp({ pull: accountsRequired });
    return;
  }
  // Stopped before the switch: otherwise the runbooks leaving the view would be DELETEd on the server.
  stopSync?.();
  openRunbooksStore(name);
  syncedStore = name;
  stopSync = startServerSync({ pull: accountsRequired });
}

/** Asks the server who is signed in, then opens that user's runbooks and mirrors them to the server. */
export function startSession(): void {
  followOtherTabs();
  useAuth.subscribe((now, before) => {
    if (now.phase !== before.phase || now.user?.id !== before.user?.id) follow();
  });
  void loadAuth();
}

/** Sends the changes still waiting, then signs out. */
export async function signOutAfterSaving(): Promise<void> {
  await sendPendingNow();
  await signOut();
}
