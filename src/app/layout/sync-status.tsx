/** Where the runbook is kept: always in this browser; on the server when the last change reached it. */
import { useSyncStatus } from '../store/server-sync';

const texts = {
  idle: 'Saved in this browser',
  saving: 'Saving…',
  saved: 'Saved in this browser and on the server',
  offline: 'Saved in this browser (server not reachable)',
  invalid:
    'Saved in this browser; the server takes it once every field the checks name is filled in and of the right form',
  'signed-out': 'Saved in this browser; sign in again to save it on the server',
  forbidden: 'Saved in this browser, not saved on the server: you may only read this runbook',
} as const;

export function SyncStatus() {
  const state = useSyncStatus((s) => s.state);
  return (
    <span role="status" className="whitespace-nowrap text-xs text-slate-600">
      {texts[state]}
    </span>
  );
}
