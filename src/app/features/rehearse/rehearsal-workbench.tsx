/**
 * A running rehearsal: the consoles, the script runner, snapshots and the live picture of the world,
 * all on one session.
 */
import { useState } from 'react';
import type { ClientMessageInput } from '../../../sim/worker/protocol';
import type { SimConnection } from '../../sim-client/connection';
import { Consoles } from '../../sim-client/consoles';
import { PicturePanel } from '../../sim-client/picture-panel';
import type { SessionView } from '../../sim-client/session-view';
import { TranscriptLog } from '../../sim-client/transcript-log';
import { secondaryButton } from '../../ui/buttons';
import { FaultPanel } from './fault-panel';
import { RehearsalClock } from './rehearsal-clock';
import { RehearsalLog } from './rehearsal-log';
import { ScriptPanel } from './script-panel';
import { SnapshotsPanel } from './snapshots-panel';
import { VerdictPanel } from './verdict-panel';

export interface WorkbenchProps {
  connection: SimConnection;
  view: SessionView;
  send(message: ClientMessageInput): void;
  /** The runbook's generated script, offered for "Run the script". */
  script: string;
  /** The script's log, downloaded from the simulated host. */
  onLog(text: string): void;
}

export function RehearsalWorkbench({ connection, view, send, script, onLog }: WorkbenchProps) {
  const [text, setText] = useState(script);
  return (
    // One column: the terminal takes the page's width (100 columns and more at 1280 px, so `lsvg -l` does
    // not wrap), and the world's picture follows below it.
    <div className="mt-4 flex min-w-0 flex-col gap-4">
      <div className="flex min-w-0 flex-col gap-4">
        <Consoles connection={connection} view={view} send={send} />
        {view.error && (
          <p role="alert" className="text-sm text-red-700">
            {view.error}
          </p>
        )}
        {view.note && <p className="text-sm text-slate-700">{view.note}</p>}
        <details className="rounded border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">The script to run</summary>
          <label className="mt-2 block text-sm" htmlFor="script-text">
            Script (edit it here to try a change; the runbook is not changed)
          </label>
          <textarea
            id="script-text"
            className="mt-1 h-48 w-full rounded border border-slate-300 p-2 font-mono text-xs"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </details>
        <button
          type="button"
          className={secondaryButton}
          disabled={!text.trim()}
          onClick={() => send({ type: 'script-load', text })}
        >
          Run the script
        </button>
        <ScriptPanel script={view.script} send={send} />
        {view.verdict && <VerdictPanel verdict={view.verdict} />}
        <RehearsalLog connection={connection} script={text} onLog={onLog} />
        <RehearsalClock
          waiting={view.script.waitingForInput === true}
          now={view.now ?? (typeof view.picture?.time === 'string' ? view.picture.time : null)}
          send={send}
        />
        <FaultPanel send={send} />
        <SnapshotsPanel snapshots={view.snapshots} send={send} />
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        {view.picture && <PicturePanel picture={view.picture} before={view.before} changed={view.changed} />}
        <TranscriptLog transcript={view.transcript} label="Session transcript" />
      </div>
    </div>
  );
}
