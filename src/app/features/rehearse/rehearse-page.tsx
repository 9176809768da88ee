/**
 * Rehearse: play the runbook's script on a simulated AIX host before the change window. The world comes
 * from the runbook's own facts (a twin of the admin's VG layout), a built-in scenario, or an uploaded
 * scenario file.
 */
import { useEffect, useState } from 'react';
import type { ScenarioInfo, WorldSource } from '../../../sim/worker/protocol';
import type { StepPageProps } from '../../layout/step-page-props';
import { listScenarios } from '../../sim-client/training-api';
import { useSimSession } from '../../sim-client/use-sim-session';
import { WhereNotice } from '../../sim-client/where-notice';
import { readRunRecord } from '../../../core/run-record/run-record';
import { useRunbooks } from '../../store/runbooks';
import { planOf } from '../../store/use-engine';
import { useRunbook } from '../../store/use-runbook';
import { primaryButton } from '../../ui/buttons';
import { RehearsalWorkbench } from './rehearsal-workbench';
import { useRunbookScript } from './use-runbook-script';

type SourceKind = WorldSource['kind'];

export function RehearsePage({ runbookId }: StepPageProps) {
  const { runbook } = useRunbook(runbookId);
  const { view, connection, send } = useSimSession(`vgcopy.rehearsal.${runbookId}`);
  const script = useRunbookScript(runbook);
  const keepRunRecord = useRunbooks((s) => s.keepRunRecord);
  const [kind, setKind] = useState<SourceKind>('twin');
  const [scenarios, setScenarios] = useState<ScenarioInfo[]>([]);
  const [scenarioId, setScenarioId] = useState('');
  const [file, setFile] = useState<string | null>(null);

  useEffect(() => {
    if (!connection) return;
    listScenarios(connection).then((list) => {
      setScenarios(list);
      setScenarioId((id) => id || list[0]?.id || '');
    });
  }, [connection]);

  const source: WorldSource | null =
    kind === 'twin'
      ? { kind, facts: runbook.facts }
      : kind === 'scenario'
        ? scenarioId
          ? { kind, id: scenarioId }
          : null
        : file
          ? { kind, text: file }
          : null;

  return (
    <section className="mt-4">
      <p>
        Rehearse the script for {runbook.facts.sourceVg.name || 'your VG'} on a simulated AIX host before the
        change window.
      </p>
      <WhereNotice where={connection?.where ?? null} />
      <fieldset className="mt-3 rounded border border-slate-200 bg-white p-3">
        <legend className="px-1 font-semibold">The simulated world</legend>
        <label className="mr-4 text-sm">
          <input type="radio" name="world" checked={kind === 'twin'} onChange={() => setKind('twin')} /> This
          runbook's layout (its VG, disks and mount points)
        </label>
        <label className="mr-4 text-sm">
          <input
            type="radio"
            name="world"
            checked={kind === 'scenario'}
            onChange={() => setKind('scenario')}
          />{' '}
          A built-in scenario
        </label>
        <label className="text-sm">
          <input type="radio" name="world" checked={kind === 'upload'} onChange={() => setKind('upload')} /> A
          scenario file
        </label>
        {kind === 'scenario' && (
          <label className="mt-2 block text-sm">
            Scenario{' '}
            <select
              className="rounded border border-slate-300 px-2 py-1"
              value={scenarioId}
              onChange={(e) => setScenarioId(e.target.value)}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'upload' && (
          <label className="mt-2 block text-sm">
            Scenario file{' '}
            <input
              type="file"
              accept=".json,.yaml,.yml,.txt"
              onChange={async (e) => setFile((await e.target.files?.[0]?.text()) ?? null)}
            />
          </label>
        )}
        <div className="mt-3">
          <button
            type="button"
            className={primaryButton}
            disabled={!connection || !source}
            onClick={() => source && send({ type: 'open', source, mode: 'rehearse', timeMoves: true })}
          >
            {view.sessionId ? 'Start a new rehearsal' : 'Start the rehearsal'}
          </button>
        </div>
      </fieldset>
      {!view.sessionId && view.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {view.error}
        </p>
      )}
      {script.blockers.length > 0 && (
        <div role="alert" className="mt-2 text-sm text-amber-800">
          No script to rehearse yet: fix what is missing on the earlier pages, or rehearse by hand.
          <ul className="list-disc pl-5">
            {script.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {connection && view.sessionId && (
        <RehearsalWorkbench
          key={view.sessionId}
          connection={connection}
          view={view}
          send={send}
          script={script.text}
          onLog={(log) => {
            // Its timings stand beside the run's on Review; a log of an edited script has none to give.
            const plan = planOf(runbook.facts);
            const read = plan && script.text ? readRunRecord(log, plan, script.text) : undefined;
            if (read?.ok) keepRunRecord(runbook.id, read.record, 'rehearsal');
          }}
        />
      )}
    </section>
  );
}
