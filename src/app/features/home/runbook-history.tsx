/** A runbook's history on the server (accounts mode): who created, changed or renamed it, and when. Loaded when opened. */
import { useState } from 'react';
import { apiJson } from '../../store/api-fetch';

interface HistoryEntry {
  at: string;
  username: string;
  action: string;
  name: string;
}

export function RunbookHistory({ runbookId, title }: { runbookId: string; title: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string>();
  const load = () => {
    apiJson<{ history: HistoryEntry[] }>(`/api/runbooks/${encodeURIComponent(runbookId)}/history`)
      .then(({ history }) => setEntries(history))
      .catch((err: Error) => setError(err.message));
  };
  return (
    <details
      className="mt-1 text-sm"
      onToggle={(e) => {
        if (e.currentTarget.open) load();
      }}
    >
      <summary className="cursor-pointer text-brand-700">
        History<span className="sr-only"> of {title}</span>
      </summary>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p className="text-slate-600">Not on the server yet.</p>}
      {entries && entries.length > 0 && (
        <ol aria-label={`History of ${title}`} className="mt-1 list-disc pl-5 text-slate-700">
          {entries.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              {new Date(h.at).toLocaleString()}: {h.username} {h.action} “{h.name}”
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
