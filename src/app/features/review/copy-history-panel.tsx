/**
 * The copy's history: each copy the runbook's runs brought up (when, on which host, by which script, each
 * VG's copy on which hdisks and storage volumes), read from the run records (core/model/copy-history.ts).
 * "Refresh this copy" and "Retire this copy" start a runbook from the last entry: what is really on the
 * host. A retire's entry ends the copy: it names what was removed.
 */
import type { CopyHistoryEntry } from '../../../core/model/copy-history-schema';
import type { Runbook } from '../../store/runbooks';
import { CopyHistoryActions } from './copy-history-actions';

/** `flashcopyvg (copy of datavg) on hdisk10 (1100), hdisk11 (1101)`; a retire's: `... removed from ...`. */
function copyLine(copy: CopyHistoryEntry['copies'][number], mode: CopyHistoryEntry['mode']): string {
  const disks = copy.disks.map(
    (d) => `${d.hdisk || 'hdisk not named'} (${d.storageVolume || 'volume not named'})`,
  );
  return `${copy.vgName} (copy of ${copy.sourceVg}) ${mode === 'retire' ? 'removed from' : 'on'} ${disks.join(', ')}`;
}

export function CopyHistoryPanel({ runbook }: { runbook: Runbook }) {
  const history = runbook.copyHistory ?? [];
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="copy-history" className="mt-8">
      <h2 id="copy-history" className="text-xl font-semibold">
        Copy history
      </h2>
      <p className="text-slate-700">
        The copies this runbook's runs brought up or retired, the last one first: the last is what is on the
        host now.
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
                    <li key={c.vgName}>{copyLine(c, e.mode)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CopyHistoryActions runbook={runbook} />
    </section>
  );
}
