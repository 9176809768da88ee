/**
 * The two consoles of a session: the AIX host's shell and the storage admin's CLI (DS CLI / SVC CLI),
 * as tabs; both stay open so neither loses its output. The storage buttons play the storage admin's
 * part of the scenario, one command at a time or what is left of it at once; with a backend, the storage console can also be opened in a second browser tab.
 */
import { useState } from 'react';
import type { ClientMessageInput } from '../../sim/worker/protocol';
import { smallButton } from '../ui/buttons';
import type { SimConnection } from './connection';
import type { SessionView } from './session-view';
import { SimTerminal } from './sim-terminal';
import { storagePrompt } from '../../sim/worker/storage-prompt';

export interface ConsolesProps {
  connection: SimConnection;
  view: SessionView;
  send(message: ClientMessageInput): void;
  /** The button that plays the storage admin's part; off in an exam (the server refuses it there). */
  storageButton?: boolean;
}

const tabs = [
  { id: 'aix', label: 'AIX host' },
  { id: 'storage', label: 'Storage admin' },
] as const;

export function Consoles({ connection, view, send, storageButton = true }: ConsolesProps) {
  const [active, setActive] = useState<'aix' | 'storage'>('aix');
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label="Consoles" className="flex gap-1">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`console-tab-${t.id}`}
              aria-selected={active === t.id}
              aria-controls={`console-panel-${t.id}`}
              className={`rounded-t px-3 py-1 text-sm ${active === t.id ? 'bg-slate-800 text-white' : 'bg-slate-200'}`}
              onClick={() => setActive(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="flex gap-2">
          {storageButton && (
            <>
              <button type="button" className={smallButton} onClick={() => send({ type: 'storage-step' })}>
                Storage: next command
              </button>
              <button type="button" className={smallButton} onClick={() => send({ type: 'storage-play' })}>
                Storage: play the storage admin's part
              </button>
            </>
          )}
          {connection.where === 'backend' && view.sessionId && (
            <a
              className="text-sm text-brand-700 underline"
              href={`/rehearse/storage/${view.sessionId}`}
              target="_blank"
              rel="noreferrer"
            >
              Open the storage console in a new tab
            </a>
          )}
        </div>
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`console-panel-${t.id}`}
          aria-labelledby={`console-tab-${t.id}`}
          hidden={active !== t.id}
        >
          <SimTerminal
            connection={connection}
            console={t.id}
            label={t.id === 'aix' ? 'AIX host terminal' : 'Storage admin terminal'}
            prompt={t.id === 'aix' ? view.prompt : storagePrompt(view.scenario?.storage)}
            history={view.transcript}
          />
        </div>
      ))}
    </div>
  );
}
