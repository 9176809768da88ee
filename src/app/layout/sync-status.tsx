/**
 * Where one runbook is kept: always in this browser; on the server when its last change reached it. Each
 * runbook's status is its own: another runbook's failing save says nothing about this one.
 */
import { useRunbookSyncState } from '../store/server-sync';

const texts = {
  idle: 'Saved in this browser',
  saving: 'Saving…',
  saved: 'Saved in this browser and on the server',
  offline: 'Saved in this browser (server not reachable)',
  invalid:
    'Saved in this browser; the server takes it once every field the checks name is filled in and of the right form',
  'signed-out': 'Saved in this browser; sign in again to save it on the server',
  forbidden: 'Saved in this browser, not saved on the server: you may only read this runbook',
  conflict:
    'Saved in this browser, not on the server: it was changed elsewhere meanwhile (see the notice below)',
} as const;

export function SyncStatus({ runbookId }: { runbookId: string }) {
  const state = useRunbookSyncState(runbookId);
  return (
    <span role="status" className="whitespace-nowrap text-xs text-slate-600">
      {texts[state]}
    </span>
  );
}
