/**
 * Tabs of one browser see each other's runbook changes at once: when another tab writes the store in
 * localStorage (the `storage` event, fired in every other tab of the origin), this tab reads it again.
 * What comes from another tab is that tab's to send to the server, so the server sync skips it.
 */
import { useRunbooks } from './runbooks';

let taking = false;

/** True while this tab takes in another tab's change (not a change to send). */
export function takingOtherTabsChange(): boolean {
  return taking;
}

/** Starts following the other tabs' changes; returns the function that stops. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== useRunbooks.persist.getOptions().name) return;
    taking = true;
    try {
      // localStorage answers at once, so the rehydration is done when this returns.
      void useRunbooks.persist.rehydrate();
    } finally {
      taking = false;
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
