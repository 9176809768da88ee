/** One runbook in the list: open it, rename it in place, duplicate, export as JSON, delete. */
import { useState } from 'react';
import { Link } from 'react-router';
import type { Runbook } from '../../store/runbooks';
import { smallButton } from '../../ui/buttons';
import { RunbookHistory } from './runbook-history';

export function RunbookRow({
  runbook,
  withOwner,
  onRename,
  onDuplicate,
  onExport,
  onDelete,
}: {
  runbook: Runbook;
  /** Accounts mode: show who owns the runbook and its team, and its history on the server. */
  withOwner: boolean;
  onRename(name: string): void;
  onDuplicate(forRefresh: boolean): void;
  onExport(): void;
  onDelete(): void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(runbook.name);
  const title = runbook.name || '(unnamed runbook)';
  const save = () => {
    onRename(draft.trim());
    setEditing(false);
  };
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="min-w-0">
        {editing ? (
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <label className="sr-only" htmlFor={`rename-${runbook.id}`}>
              New name for {title}
            </label>
            <input
              id={`rename-${runbook.id}`}
              // biome-ignore lint/a11y/noAutofocus: the admin just asked to rename this runbook
              autoFocus
              className="rounded border border-slate-400 px-2 py-1"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(false);
              }}
            />
            <button type="submit" className={smallButton}>
              Save name
            </button>
          </form>
        ) : (
          <Link className="text-brand-700 underline" to={`/runbooks/${runbook.id}/${runbook.lastStep}`}>
            {title}
          </Link>
        )}
        <p className="text-sm text-slate-600">
          {runbook.facts.sourceVg.name || 'no VG yet'}
          {runbook.facts.newVg.name && ` → ${runbook.facts.newVg.name}`} ·{' '}
          {{ first: 'first copy', refresh: 'refresh', retire: 'retire' }[runbook.facts.mode]} · changed{' '}
          {new Date(runbook.updatedAt).toLocaleString()}
        </p>
        {withOwner && (
          <>
            <p className="text-sm text-slate-600">
              {runbook.owner
                ? `Owner ${runbook.owner}${runbook.team ? ` · team ${runbook.team}` : ''}`
                : 'Yours; not on the server yet'}
            </p>
            <RunbookHistory runbookId={runbook.id} title={title} />
          </>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {!editing && (
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              setDraft(runbook.name);
              setEditing(true);
            }}
          >
            Rename<span className="sr-only"> {title}</span>
          </button>
        )}
        <button type="button" className={smallButton} onClick={() => onDuplicate(false)}>
          Duplicate<span className="sr-only"> {title}</span>
        </button>
        {runbook.facts.newVg.name && (
          <button type="button" className={smallButton} onClick={() => onDuplicate(true)}>
            Next refresh<span className="sr-only"> of {title}</span>
          </button>
        )}
        <button type="button" className={smallButton} onClick={onExport}>
          Export JSON<span className="sr-only"> of {title}</span>
        </button>
        <button type="button" className={smallButton} onClick={onDelete}>
          Delete<span className="sr-only"> {title}</span>
        </button>
      </div>
    </li>
  );
}
