/** The home page: the runbooks kept in this browser, and the way to start a new one. */
import { Link, useNavigate } from 'react-router';
import { sampleFacts } from '../../../core/model/sample';
import { useRunbooks } from '../../store/runbooks';

export function HomePage() {
  const runbooks = useRunbooks((s) => s.runbooks);
  const createRunbook = useRunbooks((s) => s.createRunbook);
  const navigate = useNavigate();
  const list = Object.values(runbooks).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <main className="mx-auto max-w-4xl p-8 text-slate-900">
      <h1 className="text-3xl font-semibold text-brand-900">vgcopy</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Bring up a copy of an AIX volume group made by FlashCopy, Metro Mirror, Global Mirror or an OEM copy:
        the wizard checks every precondition and writes a validated ksh script and a checklist.
      </p>
      <div className="mt-6 flex gap-3">
        <button
          type="button"
          className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
          onClick={() => navigate(`/runbooks/${createRunbook()}/start`)}
        >
          New runbook
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 bg-white px-4 py-2"
          onClick={() =>
            navigate(`/runbooks/${createRunbook('Sample: datavg FlashCopy', sampleFacts())}/start`)
          }
        >
          Try the sample environment
        </button>
      </div>
      <h2 className="mt-10 text-xl font-semibold">Your runbooks</h2>
      {list.length === 0 ? (
        <p className="mt-2 text-slate-600">No runbook yet in this browser.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {list.map((rb) => (
            <li key={rb.id} className="flex items-center justify-between px-4 py-3">
              <Link className="text-brand-700 underline" to={`/runbooks/${rb.id}/${rb.lastStep}`}>
                {rb.name || '(unnamed runbook)'}
              </Link>
              <span className="text-sm text-slate-600">
                {rb.facts.sourceVg.name || 'no VG yet'} · changed {new Date(rb.updatedAt).toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
