/**
 * The run record: the script's log (and its state file) pasted or uploaded after the run, read back
 * against the plan (core/run-record): each step run, skipped, failed or not reached, with its times and
 * output; a failure with the step's "if it fails" advice and what the script undid. A log of another
 * script, changed by hand, or no log at all is refused with the reason. The record is kept with the runbook,
 * ticks the checklist and prints as the change record (docs/run-record.md).
 */
import { useState } from 'react';
import type { RunbookPlan } from '../../../core/plan/types';
import { reviewLine, standingReview } from '../../../core/model/review';
import {
  changeRecordMarkdown,
  runLine,
  runOutcome,
  statusWords,
  stepTook,
} from '../../../core/run-record/change-record';
import type { StoredRunRecord } from '../../../core/run-record/record-schema';
import { readRunRecord } from '../../../core/run-record/run-record';
import { scriptChecksum } from '../../../core/write/script-checksum';
import { runbookFileName } from '../../store/runbook-file';
import { type Runbook, useRunbooks } from '../../store/runbooks';
import { primaryButton, secondaryButton } from '../../ui/buttons';
import { Callout } from '../../ui/callout';
import { downloadText } from '../../ui/download';

const statusTones = {
  run: 'text-green-800',
  skipped: 'text-green-800',
  failed: 'font-semibold text-red-700',
  'not-reached': 'text-slate-600',
  'by-hand': 'text-slate-600',
} as const;

function Output({ lines, label }: { lines: string[]; label: string }) {
  return (
    <section
      aria-label={label}
      className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <pre className="whitespace-pre-wrap">{lines.join('\n')}</pre>
    </section>
  );
}

/** A file input that reads its file as text into `onText`. */
function TextFile({ label, onText }: { label: string; onText(text: string): void }) {
  return (
    <label className="block text-sm">
      {label}
      <input
        type="file"
        accept=".log,.done,text/plain"
        className="mt-1 block text-sm"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.text().then(onText);
        }}
      />
    </label>
  );
}

function RecordView({
  runbook,
  plan,
  record,
}: {
  runbook: Runbook;
  plan: RunbookPlan;
  record: StoredRunRecord;
}) {
  const review = standingReview(runbook.review, runbook.facts);
  const failed = record.steps.find((s) => s.status === 'failed');
  // The rehearsal's timings of the same script, where one was kept.
  const rehearsal = runbook.rehearsalRecord?.sha256 === record.sha256 ? runbook.rehearsalRecord : undefined;
  const rehearsed = new Map((rehearsal?.steps ?? []).map((s) => [s.id, s]));
  return (
    <div className="mt-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-medium">Ran</dt>
        <dd>{runLine(record)}</dd>
        <dt className="font-medium">Outcome</dt>
        <dd>{runOutcome(record)}</dd>
        <dt className="font-medium">Script</dt>
        <dd className="break-all">
          vgcopy {record.version}, sha256 {record.sha256}
        </dd>
        <dt className="font-medium">Review</dt>
        <dd>{review ? reviewLine(review) : 'not reviewed'}</dd>
        {record.earlierRuns.length > 0 && (
          <>
            <dt className="font-medium">Earlier runs</dt>
            <dd>
              {record.earlierRuns
                .map((r) => `${r.startedAt} (exit code ${r.exitCode ?? 'unknown'})`)
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      <table className="mt-3 w-full text-left text-sm" aria-label="The steps as they ran">
        <thead>
          <tr>
            <th className="pr-2">#</th>
            <th className="pr-2">Step</th>
            <th className="pr-2">Outcome</th>
            <th className="pr-2">Started</th>
            <th className="pr-2">Ended</th>
            <th className="pr-2">Took</th>
            <th>In the rehearsal</th>
          </tr>
        </thead>
        <tbody>
          {record.steps.map((s) => (
            <tr key={s.id} className="border-t border-slate-200 align-top">
              <td className="pr-2">{s.number}</td>
              <td className="pr-2">
                {s.title}
                {s.output.length > 0 && (
                  <details className="no-print">
                    <summary className="cursor-pointer text-xs text-brand-700">Output</summary>
                    <Output lines={s.output} label={`Output of step ${s.number}`} />
                  </details>
                )}
              </td>
              <td className={`pr-2 ${statusTones[s.status]}`}>{statusWords[s.status]}</td>
              <td className="pr-2">{s.startedAt ?? ''}</td>
              <td className="pr-2">{s.endedAt ?? ''}</td>
              <td className="pr-2">{stepTook(s)}</td>
              <td>{stepTook(rehearsed.get(s.id) ?? {})}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failed && (
        <Callout tone="danger" title={`Step ${failed.number} failed: ${failed.title}`}>
          <Output lines={failed.output} label={`Output of failed step ${failed.number}`} />
          <p className="mt-2">
            <strong>If it fails:</strong> {plan.steps[failed.number - 1]?.onFailure}
          </p>
        </Callout>
      )}
      {(failed || record.exitCode !== 0) && (
        <section aria-labelledby="run-undo" className="mt-4">
          <h3 id="run-undo" className="font-semibold">
            What the script undid
          </h3>
          {record.undo.length > 0 ? (
            <ul className="list-disc pl-5 text-sm">
              {record.undo.map((u) => (
                <li key={`${u.id}-${u.at}`}>
                  Step {u.number}, {u.title}: {u.outcome}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">The script had nothing to undo.</p>
          )}
          <Output lines={record.ending} label="Production state after the run" />
        </section>
      )}
    </div>
  );
}

export function RunRecordPanel({
  runbook,
  plan,
  script,
}: {
  runbook: Runbook;
  plan: RunbookPlan;
  script: string;
}) {
  const keepRunRecord = useRunbooks((s) => s.keepRunRecord);
  const [log, setLog] = useState('');
  const [state, setState] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState('');
  const record = runbook.runRecord;
  const base = runbook.name || runbook.facts.newVg.name || 'vgcopy-runbook';
  const read = () => {
    const reading = readRunRecord(log, plan, script, state);
    if (!reading.ok) return setRefusal(reading.reason);
    setRefusal('');
    setLog('');
    setState(undefined);
    keepRunRecord(runbook.id, reading.record);
  };
  return (
    // Printed only as the change record: without a record, the printed page is the checklist alone.
    <section aria-labelledby="run-record" className={`mt-8 ${record ? '' : 'no-print'}`}>
      <h2 id="run-record" className="text-xl font-semibold">
        Run record
      </h2>
      <div className="no-print">
        <p className="text-slate-700">
          After the run, give the script's log (/var/tmp/vgcopy-{runbook.facts.newVg.name}.log on the host)
          and, if the run stopped, its state file (/var/tmp/vgcopy-{runbook.facts.newVg.name}-….done): each
          step shows as it ran, and the checklist is ticked from it.
        </p>
        <div className="mt-2 flex flex-wrap gap-6">
          <TextFile label="Upload the log" onText={setLog} />
          <TextFile label="Upload the state file (optional)" onText={setState} />
        </div>
        <label className="mt-2 block text-sm">
          Or paste the log
          <textarea
            className="mt-1 block h-32 w-full rounded border border-slate-300 p-2 font-mono text-xs"
            value={log}
            onChange={(e) => setLog(e.target.value)}
          />
        </label>
        <div className="mt-2 flex flex-wrap gap-3">
          <button type="button" className={primaryButton} disabled={!log.trim()} onClick={read}>
            Read the log
          </button>
          {record && (
            <>
              <button
                type="button"
                className={secondaryButton}
                onClick={() =>
                  downloadText(
                    runbookFileName(base, 'change-record.md'),
                    changeRecordMarkdown(record, plan, {
                      runbook: runbook.name || base,
                      review: standingReview(runbook.review, runbook.facts),
                    }),
                    'text/markdown',
                  )
                }
              >
                Download change record (Markdown)
              </button>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => keepRunRecord(runbook.id, undefined)}
              >
                Remove the record
              </button>
            </>
          )}
        </div>
        {refusal && (
          <div role="alert">
            <Callout tone="danger" title="The log is refused">
              <p>{refusal}</p>
            </Callout>
          </div>
        )}
      </div>
      {record && record.sha256 !== scriptChecksum(script) && (
        <Callout tone="warning" title="This record is of an earlier script">
          <p>
            The runbook changed after this run: its script now has another checksum, and the checklist is not
            ticked from this record. Read the log of the script as it is now to record its run.
          </p>
        </Callout>
      )}
      {record ? (
        <RecordView runbook={runbook} plan={plan} record={record} />
      ) : (
        <p className="mt-2 text-sm text-slate-700">No run recorded yet.</p>
      )}
    </section>
  );
}
