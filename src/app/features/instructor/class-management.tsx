/**
 * Class management on the instructor page: cohorts of trainees, the scenario sets assigned to a cohort
 * (practice or a timed exam, with a due date), its progress grid with the CSV download, and resetting or
 * removing a trainee, each asked to be confirmed first (it cannot be undone).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioInfo } from '../../../sim/worker/protocol';
import {
  type AssignmentMode,
  type ClassApi,
  type Cohort,
  type ProgressGrid,
  trainingScenarios,
} from '../../sim-client/training-api';
import { primaryButton, smallButton } from '../../ui/buttons';
import { downloadText } from '../../ui/download';
import { NumberField, RadioGroup, SelectField, TextArea, TextField } from '../../ui/fields';
import { ProgressGridTable } from './progress-grid-table';

export function ClassManagement({
  api,
  onError,
  onReplay,
}: {
  api: ClassApi;
  onError(message: string): void;
  onReplay(attemptId: number): void;
}) {
  const [cohorts, setCohorts] = useState<Cohort[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [grid, setGrid] = useState<ProgressGrid | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioInfo[]>([]);
  const cohort = cohorts.find((c) => c.id === selected) ?? null;

  /** Runs a call; its failure is shown as the server's message. */
  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (err) {
        onError((err as Error).message);
      }
    },
    [onError],
  );
  const reload = useCallback(
    (id: number | null) =>
      attempt(async () => {
        setCohorts(await api.cohorts());
        setGrid(id === null ? null : await api.grid(id));
      }),
    [api, attempt],
  );
  /** A change to the selected cohort, then the cohorts and its grid as they are now. */
  const change = (work: () => Promise<unknown>) =>
    attempt(async () => {
      await work();
      await reload(selected);
    });
  useEffect(() => {
    void reload(selected);
  }, [reload, selected]);
  useEffect(() => {
    void attempt(async () => setScenarios(await trainingScenarios()));
  }, [attempt]);

  return (
    <section aria-labelledby="class-heading" className="mt-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="class-heading" className="text-xl font-semibold">
        Class
      </h2>
      <NewCohort
        onCreate={(name, members) =>
          attempt(async () => {
            const made = await api.createCohort(name, members);
            setSelected(made.id);
            await reload(made.id);
          })
        }
      />
      {cohorts.length > 0 && (
        <SelectField
          label="Cohort"
          value={selected === null ? '' : String(selected)}
          options={[
            { value: '', label: 'Choose a cohort' },
            ...cohorts.map((c) => ({
              value: String(c.id),
              label: `${c.name} (${c.members.length} trainee${c.members.length === 1 ? '' : 's'})`,
            })),
          ]}
          onChange={(value) => setSelected(value ? Number(value) : null)}
        />
      )}
      {cohort && (
        <>
          <Members
            cohort={cohort}
            onAdd={(trainee) => change(() => api.addMember(cohort.id, trainee))}
            onRemove={(trainee) => change(() => api.removeMember(cohort.id, trainee))}
            onReset={(trainee) => change(() => api.resetTrainee(cohort.id, trainee))}
          />
          <NewAssignment
            scenarios={scenarios}
            onAssign={(assignment) => change(() => api.addAssignment(cohort.id, assignment))}
          />
          {grid && (
            <ProgressGridTable
              grid={grid}
              onReplay={onReplay}
              onDownload={() =>
                attempt(async () =>
                  downloadText(
                    `${cohort.name.replace(/[^A-Za-z0-9_.-]+/g, '-')}-progress.csv`,
                    await api.gridCsv(cohort.id),
                    'text/csv',
                  ),
                )
              }
            />
          )}
        </>
      )}
    </section>
  );
}

/** Trainee names, one a line (with accounts, their user names). */
const namesOf = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean),
  ),
];

function NewCohort({ onCreate }: { onCreate(name: string, members: string[]): Promise<void> }) {
  const [name, setName] = useState('');
  const [members, setMembers] = useState('');
  return (
    <form
      aria-label="New cohort"
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        void onCreate(name.trim(), namesOf(members)).then(() => {
          setName('');
          setMembers('');
        });
      }}
    >
      <TextField label="New cohort's name" value={name} onChange={setName} required />
      <TextArea
        label="Its trainees, one name a line"
        hint="With accounts, their user names."
        value={members}
        onChange={setMembers}
        rows={4}
      />
      <button type="submit" className={`${primaryButton} mt-2`} disabled={!name.trim()}>
        Create the cohort
      </button>
    </form>
  );
}

/** What a confirmation waits on: which trainee, and which of the two irreversible actions. */
type Pending = { trainee: string; action: 'reset' | 'remove' } | null;

function Members({
  cohort,
  onAdd,
  onRemove,
  onReset,
}: {
  cohort: Cohort;
  onAdd(trainee: string): Promise<void>;
  onRemove(trainee: string): Promise<void>;
  onReset(trainee: string): Promise<void>;
}) {
  const [pending, setPending] = useState<Pending>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The question takes the focus when asked, on its safe answer (WAI-ARIA APG, alert dialog).
  useEffect(() => {
    if (pending) cancel.current?.focus();
  }, [pending]);
  const [added, setAdded] = useState('');
  const confirm = async () => {
    if (!pending) return;
    await (pending.action === 'reset' ? onReset : onRemove)(pending.trainee);
    setPending(null);
  };
  return (
    <section aria-labelledby="members-heading" className="mt-4">
      <h3 id="members-heading" className="text-lg font-semibold">
        Trainees of {cohort.name}
      </h3>
      <ul className="mt-1 flex flex-col gap-1 text-sm">
        {cohort.members.map((trainee) => (
          <li key={trainee} className="flex items-center gap-2">
            <span className="min-w-40">{trainee}</span>
            {(['reset', 'remove'] as const).map((action) => (
              <button
                key={action}
                type="button"
                className={smallButton}
                onClick={() => setPending({ trainee, action })}
              >
                {action === 'reset' ? 'Reset' : 'Remove'} {trainee}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {pending && (
        <div
          role="alertdialog"
          aria-labelledby="confirm-text"
          className="mt-2 rounded border border-amber-600 bg-amber-50 p-3"
        >
          <p id="confirm-text" className="text-sm">
            {pending.action === 'reset'
              ? `Delete every attempt of ${pending.trainee} at this cohort's scenarios, and let them take its exams again? This cannot be undone.`
              : `Take ${pending.trainee} out of ${cohort.name}? Their attempts stay.`}
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={primaryButton} onClick={() => void confirm()}>
              {pending.action === 'reset'
                ? `Yes, reset ${pending.trainee}`
                : `Yes, remove ${pending.trainee}`}
            </button>
            <button ref={cancel} type="button" className={smallButton} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <form
        aria-label="Add a trainee"
        className="mt-2 flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd(added.trim()).then(() => setAdded(''));
        }}
      >
        <TextField label="Add a trainee" value={added} onChange={setAdded} />
        <button type="submit" className={smallButton} disabled={!added.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}

interface AssignmentInput {
  title: string;
  scenarioIds: string[];
  dueAt: string;
  mode: AssignmentMode;
  timeLimitMinutes: number | null;
}

function NewAssignment({
  scenarios,
  onAssign,
}: {
  scenarios: ScenarioInfo[];
  onAssign(assignment: AssignmentInput): Promise<void>;
}) {
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [mode, setMode] = useState<AssignmentMode | null>(null);
  const [limit, setLimit] = useState<number | undefined>(undefined);
  const ready = title.trim() && chosen.length > 0 && due && mode && (mode === 'practice' || limit);
  return (
    <form
      aria-label="Assign a scenario set"
      className="mt-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready || !mode) return;
        void onAssign({
          title: title.trim(),
          scenarioIds: chosen,
          // datetime-local is the instructor's local time; the server keeps UTC.
          dueAt: new Date(due).toISOString(),
          mode,
          timeLimitMinutes: mode === 'exam' ? (limit ?? null) : null,
        }).then(() => {
          setTitle('');
          setChosen([]);
        });
      }}
    >
      <h3 className="text-lg font-semibold">Assign a scenario set</h3>
      <TextField label="Assignment title" value={title} onChange={setTitle} />
      <fieldset className="mt-3">
        <legend className="text-sm font-medium">Scenarios</legend>
        <div className="grid gap-1 md:grid-cols-2">
          {scenarios.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(s.id)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, s.id] : c.filter((id) => id !== s.id)))
                }
              />
              {s.title}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 flex flex-col text-sm">
        Due
        <input
          type="datetime-local"
          className="max-w-xs rounded border border-slate-400 px-2 py-1"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
      </label>
      <RadioGroup<AssignmentMode>
        legend="Practice or exam"
        value={mode}
        onChange={setMode}
        options={[
          {
            value: 'practice',
            label: 'Practice',
            hint: 'World panel and hints, as many attempts as wanted.',
          },
          {
            value: 'exam',
            label: 'Exam',
            hint: 'No world panel, no hints, timed, one attempt per scenario.',
          },
        ]}
      />
      {mode === 'exam' && (
        <NumberField label="Time limit (minutes)" value={limit} min={1} max={480} onChange={setLimit} />
      )}
      <button type="submit" className={`${primaryButton} mt-3`} disabled={!ready}>
        Assign
      </button>
    </form>
  );
}
