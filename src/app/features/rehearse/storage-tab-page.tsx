/**
 * The storage admin's console in a second browser tab, on the same session as the host's tab: what is
 * typed here (DS CLI / SVC CLI) changes the world the AIX admin sees, and the other way round.
 */
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { PicturePanel } from '../../sim-client/picture-panel';
import { SimTerminal } from '../../sim-client/sim-terminal';
import { storagePrompt } from '../../../sim/worker/storage-prompt';
import { useSimSession } from '../../sim-client/use-sim-session';
import { WhereNotice } from '../../sim-client/where-notice';

export function StorageTabPage() {
  const { sessionId = '' } = useParams();
  const { view, connection, send } = useSimSession();
  useEffect(() => {
    if (connection) send({ type: 'resume', sessionId });
  }, [connection, send, sessionId]);

  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-7xl p-6 text-slate-900">
      <h1 className="text-2xl font-semibold">Storage admin console</h1>
      <WhereNotice where={connection?.where ?? null} />
      {connection?.where === 'in-page' && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Without the vgcopy server a second tab cannot join the session: use the Storage admin tab of the
          rehearsal page.
        </p>
      )}
      {view.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {view.error}
        </p>
      )}
      {connection && view.sessionId && (
        <div className="mt-4 flex min-w-0 flex-col gap-4">
          <SimTerminal
            connection={connection}
            console="storage"
            label="Storage admin terminal"
            prompt={storagePrompt(view.scenario?.storage)}
            history={view.transcript}
          />
          {view.picture && (
            <PicturePanel picture={view.picture} before={view.before} changed={view.changed} />
          )}
        </div>
      )}
    </main>
  );
}
