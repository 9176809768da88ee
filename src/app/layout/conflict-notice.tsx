/**
 * A runbook changed in two places at once (on the server by someone else, or in another tab of this
 * browser) while this tab changed it too: nothing was overwritten. The notice says what differs (the
 * name, each differing answer with its page) and lets the admin keep theirs (saved over the other as a
 * new version), take the other, or compare both side by side first.
 */
import { useState } from 'react';
import { wizardSteps } from '../../core/wizard-steps';
import { factDifferences } from '../../core/model/facts-diff';
import { type Conflict, useConflicts } from '../store/conflicts';
import { useRunbooks } from '../store/runbooks';
import { resolveConflict } from '../store/server-sync';
import { primaryButton, secondaryButton } from '../ui/buttons';

const titleOf = (step: string) => wizardSteps.find((s) => s.id === step)?.title ?? step;

/** The notice, while a conflict waits; it reads the runbook only then, so typing does not draw it again. */
export function ConflictNotice({ runbookId }: { runbookId: string }) {
  const conflict = useConflicts((s) => s.conflicts[runbookId]);
  return conflict ? <ConflictDetails runbookId={runbookId} conflict={conflict} /> : null;
}

function ConflictDetails({ runbookId, conflict }: { runbookId: string; conflict: Conflict }) {
  const runbook = useRunbooks((s) => s.runbooks[runbookId]);
  const [comparing, setComparing] = useState(false);
  if (!runbook) return null;
  const { theirs } = conflict;
  const rows = [
    ...(runbook.name === theirs.name
      ? []
      : [{ field: 'Runbook name', page: 'Start', mine: runbook.name, theirs: theirs.name }]),
    ...factDifferences(runbook.facts, theirs.facts).map((d) => ({ ...d, page: titleOf(d.step) })),
  ];
  const pages = [...new Set(rows.map((r) => r.page))];
  const where =
    conflict.where === 'server'
      ? `on the server (version ${theirs.version}, saved at ${theirs.updatedAt}${theirs.owner ? `; runbook of ${theirs.owner}` : ''})`
      : 'in another tab of this browser';
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="no-print mx-auto mb-3 max-w-7xl rounded border border-amber-400 bg-amber-50 px-6 py-3 text-sm text-slate-900"
    >
      <h2 id="conflict-title" className="font-semibold">
        This runbook was changed {where} while you changed it here
      </h2>
      <p className="mt-1">
        Nothing was overwritten: your version stays in this tab until you choose.{' '}
        {rows.length === 0
          ? 'No answer differs (only the page each was last on).'
          : `What differs: ${rows.length === 1 ? 'one answer' : `${rows.length} answers`} on ${pages.join(', ')}.`}
      </p>
      {rows.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {pages.map((page) => (
            <li key={page}>
              {page}:{' '}
              {rows
                .filter((r) => r.page === page)
                .map((r) => r.field)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={primaryButton} onClick={() => resolveConflict(runbook.id, 'mine')}>
          Keep mine
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => resolveConflict(runbook.id, 'theirs')}
        >
          Take the other version
        </button>
        <button
          type="button"
          className={secondaryButton}
          aria-expanded={comparing}
          onClick={() => setComparing((c) => !c)}
        >
          Compare both
        </button>
      </div>
      {comparing && (
        <table className="mt-3 w-full border-collapse bg-white text-left text-xs">
          <caption className="text-left font-semibold">Both versions, side by side</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 px-2 py-1">
                Page
              </th>
              <th scope="col" className="border border-slate-300 px-2 py-1">
                Field
              </th>
              <th scope="col" className="border border-slate-300 px-2 py-1">
                Yours (this tab)
              </th>
              <th scope="col" className="border border-slate-300 px-2 py-1">
                The other version
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <td className="border border-slate-300 px-2 py-1">{r.page}</td>
                <th scope="row" className="border border-slate-300 px-2 py-1 font-mono font-normal">
                  {r.field}
                </th>
                <td className="border border-slate-300 px-2 py-1 font-mono break-all">{r.mine}</td>
                <td className="border border-slate-300 px-2 py-1 font-mono break-all">{r.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
