/**
 * The copy's history: each copy the runbook's runs brought up (when, on which host, by which script, each
 * VG's copy on which hdisks and storage volumes), read from the run records (core/model/copy-history.ts).
 * "Refresh this copy" starts the refresh runbook from the last entry: what is really on the host.
 */
import { useNavigate } from 'react-router';
import { fromHistory } from '../../../core/model/copy-history';
import type { CopyHistoryEntry } from '../../../core/model/copy-history-schema';
import { type Runbook, useRunbooks } from '../../store/runbooks';
import { primaryButton } from '../../ui/buttons';

/** `flashcopyvg (copy of datavg) on hdisk10 (1100), hdisk11 (1101)`. */
function copyLine(copy: CopyHistoryEntry['copies'][number]): string {
  const disks = copy.disks.map(
    (d) => `${d.hdisk || 'hdisk not named'} (${d.storageVolume || 'volume not named'})`,
  );
  return `${copy.vgName} (copy of ${copy.sourceVg}) on ${disks.join(', ')}`;
}

export function CopyHistoryPanel({ runbook }: { runbook: Runbook }) {
  const createRunbook = useRunbooks((s) => s.createRunbook);
  const navigate = useNavigate();
  const history = runbook.copyHistory ?? [];
  if (history.length === 0) return null;
  const refresh = fromHistory(runbook.facts, history, 'refresh');
  return (
    <section aria-labelledby="copy-history" className="mt-8">
      <h2 id="copy-history" className="text-xl font-semibold">
        Copy history
      </h2>
      <p className="text-slate-700">
        The copies this runbook's runs brought up, the last one first: the last is what is on the host now.
      </p>
      <table className="mt-2 w-full text-left text-sm" aria-label="Copies brought up">
        <thead>
          <tr>
            <th className="pr-2">Ran</th>
            <th className="pr-2">Host</th>
            <th className="pr-2">Script</th>
            <th>Copies</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((e) => (
            <tr key={`${e.sha256}-${e.startedAt}`} className="border-t border-slate-200 align-top">
              <td className="pr-2">
                {e.startedAt} to {e.endedAt} ({e.mode === 'first' ? 'first copy' : e.mode})
              </td>
              <td className="pr-2">{e.host}</td>
              <td className="break-all pr-2">
                vgcopy {e.version}, sha256 {e.sha256}
              </td>
              <td>
                <ul>
                  {e.copies.map((c) => (
                    <li key={c.vgName}>{copyLine(c)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {refresh ? (
        <button
          type="button"
          className={`${primaryButton} no-print mt-3`}
          onClick={() =>
            navigate(
              `/runbooks/${createRunbook(`Refresh of ${runbook.name || runbook.facts.newVg.name}`, refresh)}/start`,
            )
          }
        >
          Refresh this copy
        </button>
      ) : (
        <p className="no-print mt-3 text-slate-700">
          The runbook's VGs are no longer those the last run copied: a refresh cannot start from its copy.
        </p>
      )}
    </section>
  );
}
