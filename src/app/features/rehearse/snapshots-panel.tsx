/** Snapshots of the world: save it at any point, go back to one, or reset the session to the start. */
import { useState } from 'react';
import type { ClientMessageInput, SnapshotInfo } from '../../../sim/worker/protocol';
import { smallButton } from '../../ui/buttons';

export function SnapshotsPanel({
  snapshots,
  send,
}: {
  snapshots: SnapshotInfo[];
  send(message: ClientMessageInput): void;
}) {
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="snapshots-heading" className="rounded border border-slate-200 bg-white p-3">
      <h3 id="snapshots-heading" className="font-semibold">
        Snapshots
      </h3>
      <form
        className="mt-2 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'snapshot-save', name: name.trim() || `Snapshot ${snapshots.length + 1}` });
          setName('');
        }}
      >
        <label className="sr-only" htmlFor="snapshot-name">
          Snapshot name
        </label>
        <input
          id="snapshot-name"
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm"
          placeholder="e.g. before recreatevg"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className={smallButton}>
          Save snapshot
        </button>
      </form>
      <ul className="mt-2 text-sm">
        {snapshots.map((s) => (
          <li key={s.id} className="flex items-center justify-between py-0.5">
            <span>
              {s.name} <span className="text-slate-500">({s.at})</span>
            </span>
            <button
              type="button"
              className={smallButton}
              onClick={() => send({ type: 'snapshot-restore', id: s.id })}
              aria-label={`Go back to ${s.name}`}
            >
              Go back
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={`${smallButton} mt-2`} onClick={() => send({ type: 'reset' })}>
        Reset the session
      </button>
    </section>
  );
}
