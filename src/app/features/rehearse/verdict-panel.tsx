/**
 * The rehearsal's verdict once the script has ended: did the copy reach its goal (up, or for a retire gone
 * from the host and the storage), and if not, why.
 */
import type { SessionView } from '../../sim-client/session-view';

export function VerdictPanel({ verdict }: { verdict: NonNullable<SessionView['verdict']> }) {
  return (
    <section aria-labelledby="verdict-heading" className="rounded border border-slate-200 bg-white p-3">
      <h3 id="verdict-heading" className="font-semibold">
        The copy after this rehearsal
      </h3>
      {verdict.reached ? (
        <p className="mt-1 text-sm text-green-800">
          {verdict.retired
            ? 'The copy is gone (no VG, hdisks, /etc/filesystems stanzas, relationships or mappings of it left) and production is as it was.'
            : 'The copy reached its goal (varied on, consistent, mounted) and production is as it was.'}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-red-700">
            {verdict.retired
              ? 'The copy is not retired as it should be:'
              : 'The copy cannot be used as it is:'}
          </p>
          <ul aria-label="What is wrong with the copy" className="list-disc pl-5 text-sm text-red-700">
            {verdict.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
