/**
 * The exports of a runbook without blockers: the ksh script (highlighted, copy, download .ksh), the same
 * plan as an Ansible playbook (download .yml), the storage admin's commands and the checklist (download
 * Markdown, print). Highlighting loads lazily.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { version } from '../../../../package.json';
import type { RunbookPlan } from '../../../core/plan/types';
import { runbookFileName } from '../../store/runbook-file';
import type { Runbook } from '../../store/runbooks';
import { runbookExports } from '../../store/use-engine';
import { primaryButton, secondaryButton } from '../../ui/buttons';
import { downloadText } from '../../ui/download';

const CodeBlock = lazy(() => import('../../ui/code-block'));

/** Lines the box shows at once: all the plain text needs to show while the highlighting loads. */
const firstLines = 30;

/** The code's first lines, unhighlighted, while highlight.js loads (a big VG's whole script is slow to lay out). */
function Plain({ code, label }: { code: string; label: string }) {
  return (
    <section
      aria-label={label}
      className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300 bg-white text-sm"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <pre className="p-3 leading-5">{code.split('\n', firstLines).join('\n')}</pre>
    </section>
  );
}

function Highlighted({ code, label }: { code: string; label: string }) {
  return (
    <Suspense fallback={<Plain code={code} label={label} />}>
      <CodeBlock code={code} label={label} />
    </Suspense>
  );
}

export function ExportPanel({ runbook, plan }: { runbook: Runbook; plan: RunbookPlan }) {
  const [copied, setCopied] = useState('');
  const exports = useMemo(() => runbookExports(runbook, plan), [runbook, plan]);
  const base = runbook.name || runbook.facts.newVg.name || 'vgcopy-runbook';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exports.script);
      setCopied('The script is on the clipboard.');
    } catch {
      setCopied('The browser did not allow copying; select the script and copy it by hand.');
    }
  };
  const download = (extension: string, text: string, type: string) =>
    downloadText(runbookFileName(base, extension), text, type);
  const { facts } = runbook;
  return (
    <>
      {/* On paper only: what the signed checklist belongs to. */}
      <section aria-labelledby="print-title" className="hidden print:block">
        <h2 id="print-title" className="text-lg font-semibold">
          Checklist: {runbook.name || '(unnamed runbook)'}
        </h2>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt>Host</dt>
          <dd>{facts.hostname || 'not given'}</dd>
          <dt>Volume group</dt>
          <dd>
            {facts.sourceVg.name} copied as {facts.newVg.name}
          </dd>
          <dt>Script</dt>
          <dd>
            vgcopy {version}, generated {runbook.factsChangedAt ?? runbook.updatedAt}
          </dd>
          <dt>Printed</dt>
          <dd>{new Date().toISOString().slice(0, 10)}</dd>
        </dl>
      </section>
      <section aria-labelledby="export-script" className="no-print mt-8">
        <h2 id="export-script" className="text-xl font-semibold">
          The script
        </h2>
        <p className="text-slate-700">
          Run it as root on {runbook.facts.hostname || 'the AIX host'}:{' '}
          <code>ksh {runbookFileName(base, 'ksh')} -n</code> shows what it would do; without <code>-n</code>{' '}
          it does it, step by step, and logs to /var/tmp.
        </p>
        <p className="text-slate-700">
          Where AIX is driven by Ansible, the playbook runs the same steps on the host:{' '}
          <code>ansible-playbook {runbookFileName(base, 'yml')} -e vgcopy_hosts=HOST --check</code> checks the
          host and changes nothing; without <code>--check</code> it skips what is done, thaws in any case and
          undoes this run's changes to production if a step fails.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={primaryButton}
            onClick={() => download('ksh', exports.script, 'text/x-shellscript')}
          >
            Download script (.ksh)
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => download('yml', exports.ansiblePlaybook, 'application/yaml')}
          >
            Download Ansible playbook (.yml)
          </button>
          <button type="button" className={secondaryButton} onClick={() => void copy()}>
            Copy script
          </button>
          <span role="status" className="text-sm text-slate-700">
            {copied}
          </span>
        </div>
        <Highlighted code={exports.script} label="The ksh script" />
      </section>
      <section aria-labelledby="export-storage" className="no-print mt-8">
        <h2 id="export-storage" className="text-xl font-semibold">
          Storage-side commands
        </h2>
        <p className="text-slate-700">For the storage admin, in the order the script pauses for them.</p>
        <button
          type="button"
          className={`${secondaryButton} mt-3`}
          onClick={() => download('storage.txt', exports.storageScript, 'text/plain')}
        >
          Download storage commands
        </button>
        <Highlighted code={exports.storageScript} label="The storage commands" />
      </section>
      <section aria-labelledby="export-checklist" className="no-print mt-8">
        <h2 id="export-checklist" className="text-xl font-semibold">
          Checklist
        </h2>
        <p className="text-slate-700">
          Every step below with a box to tick and a sign-off line per owner, for the change record.
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            className={secondaryButton}
            onClick={() => download('checklist.md', exports.checklistMarkdown, 'text/markdown')}
          >
            Download checklist (Markdown)
          </button>
          <button type="button" className={secondaryButton} onClick={() => window.print()}>
            Print checklist
          </button>
        </div>
      </section>
    </>
  );
}
