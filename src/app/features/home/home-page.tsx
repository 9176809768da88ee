/**
 * The home page: the runbooks kept in this browser (open, rename, duplicate, export, delete with undo),
 * import of an exported runbook, and the way to start a new one. Kept small: it is the first page, so
 * the JSON reader (zod) loads only when a file is imported.
 */
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { sampleFacts } from '../../../core/model/sample';
import { hasRole, useAuth } from '../../store/auth';
import { type Runbook, useRunbooks } from '../../store/runbooks';
import { primaryButton, secondaryButton, smallButton } from '../../ui/buttons';
import { downloadText } from '../../ui/download';
import { RunbookRow } from './runbook-row';

export function HomePage() {
  const runbooks = useRunbooks((s) => s.runbooks);
  const createRunbook = useRunbooks((s) => s.createRunbook);
  const rename = useRunbooks((s) => s.rename);
  const duplicate = useRunbooks((s) => s.duplicate);
  const remove = useRunbooks((s) => s.remove);
  const restore = useRunbooks((s) => s.restore);
  const accountsRequired = useAuth((s) => s.accountsRequired);
  const isAdmin = useAuth((s) => s.accountsRequired && Boolean(s.user?.roles.includes('admin')));
  // With accounts, the instructor page is offered to those it opens for.
  const mayInstruct = useAuth((s) => !s.accountsRequired || hasRole(s.user, 'instructor'));
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState<Runbook>();
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const list = Object.values(runbooks).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const exportRunbook = async (rb: Runbook) => {
    const { runbookToFile, runbookFileName } = await import('../../store/runbook-file');
    downloadText(runbookFileName(rb.name, 'json'), runbookToFile(rb.name, rb.facts), 'application/json');
  };
  const importFile = async (file: File) => {
    const { runbookFromFile } = await import('../../store/runbook-file');
    const read = runbookFromFile(await file.text());
    if (!read.ok) return setImportMessage({ ok: false, text: `${file.name}: ${read.error}` });
    createRunbook(read.name, read.facts);
    setImportMessage({ ok: true, text: `Imported “${read.name || file.name}”.` });
  };

  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-4xl p-8 text-slate-900">
      <h1 className="text-3xl font-semibold text-brand-900">vgcopy</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Bring up a copy of an AIX volume group made by FlashCopy, Metro Mirror, Global Mirror or an OEM copy:
        the wizard checks every precondition and writes a validated ksh script and a checklist.
      </p>
      <nav aria-label="Training" className="mt-3 flex gap-4 text-sm">
        <Link className="text-brand-700 underline" to="/train">
          Train on scenarios
        </Link>
        {mayInstruct && (
          <Link className="text-brand-700 underline" to="/instructor">
            Instructor page
          </Link>
        )}
      </nav>
      {isAdmin && (
        <nav aria-label="Administration" className="mt-1 text-sm">
          <Link className="text-brand-700 underline" to="/admin/users">
            Users
          </Link>
        </nav>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButton}
          onClick={() => navigate(`/runbooks/${createRunbook()}/start`)}
        >
          New runbook
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            navigate(`/runbooks/${createRunbook('Sample: datavg FlashCopy', sampleFacts())}/start`)
          }
        >
          Try the sample environment
        </button>
        <button type="button" className={secondaryButton} onClick={() => fileInput.current?.click()}>
          Import a runbook (JSON)
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Runbook file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {importMessage && (
        <p
          role={importMessage.ok ? 'status' : 'alert'}
          className={`mt-3 ${importMessage.ok ? 'text-green-800' : 'text-red-700'}`}
        >
          {importMessage.text}
        </p>
      )}
      <h2 className="mt-10 text-xl font-semibold">Your runbooks</h2>
      {deleted && (
        <div
          role="status"
          className="mt-2 flex items-center gap-3 rounded border border-amber-600 bg-amber-50 px-4 py-2"
        >
          Deleted “{deleted.name || 'unnamed runbook'}”.
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              restore(deleted);
              setDeleted(undefined);
            }}
          >
            Undo
          </button>
        </div>
      )}
      {list.length === 0 ? (
        <p className="mt-2 text-slate-600">No runbook yet in this browser.</p>
      ) : (
        <ul
          aria-label="Your runbooks"
          className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white"
        >
          {list.map((rb) => (
            <RunbookRow
              key={rb.id}
              runbook={rb}
              withOwner={accountsRequired}
              onRename={(name) => rename(rb.id, name)}
              onDuplicate={(forRefresh) => {
                const id = duplicate(rb.id, forRefresh);
                if (id) navigate(`/runbooks/${id}/start`);
              }}
              onExport={() => void exportRunbook(rb)}
              onDelete={() => setDeleted(remove(rb.id))}
            />
          ))}
        </ul>
      )}
      <p className="mt-10 text-sm text-slate-600">
        Runbooks are kept in this browser and, when the server is reachable, on the server: a runbook’s link
        opens it in another browser.{' '}
        <Link className="text-brand-700 underline" to="/vgcopy-collect.sh" reloadDocument>
          Download the collector script
        </Link>{' '}
        to read a host’s facts in one go.
      </p>
    </main>
  );
}
