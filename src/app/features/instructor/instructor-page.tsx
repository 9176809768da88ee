/**
 * The instructor's page: class management (cohorts, assignments, the progress grid: class-management.tsx),
 * every trainee's attempts with their scores, and the replay of any attempt's transcript beside the
 * world's picture at each step. With accounts it opens with the session (the server asks for the instructor role);
 * without, it is behind the instructor password (set here on first start when the server has none,
 * typed twice, with the setup token the server printed in its log).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  type Attempt,
  type AttemptSummary,
  allAttempts,
  attemptForInstructor,
  attemptPictures,
  classApi,
  instructorStatus,
  setInstructorPassword,
} from '../../sim-client/training-api';
import type { WorldPicture } from '../../../sim/worker/protocol';
import { useAuth } from '../../store/auth';
import { primaryButton, smallButton } from '../../ui/buttons';
import { AttemptReplay } from './attempt-replay';
import { ClassManagement } from './class-management';
import { AttemptsTable } from '../../sim-client/attempts-table';

export function InstructorPage() {
  const accountsRequired = useAuth((s) => s.accountsRequired);
  return accountsRequired ? <WithSession /> : <WithPassword />;
}

/** Accounts mode: the attempts load at once; a user without the instructor role reads the server's refusal. */
function WithSession() {
  const [attempts, setAttempts] = useState<AttemptSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      allAttempts(null)
        .then((list) => {
          setAttempts(list);
          setError(null);
        })
        .catch((err: Error) => setError(err.message)),
    [],
  );
  useEffect(() => void load(), [load]);
  return (
    <InstructorView error={error} attempts={attempts} onRefresh={load} onError={setError} password={null} />
  );
}

function WithPassword() {
  const [passwordSet, setPasswordSet] = useState<boolean | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [token, setToken] = useState('');
  const [attempts, setAttempts] = useState<AttemptSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    instructorStatus()
      .then((s) => setPasswordSet(s.passwordSet))
      .catch(() => setError('The vgcopy server cannot be reached: the instructor page needs it.'));
  }, []);

  const signIn = async () => {
    try {
      if (!passwordSet) {
        await setInstructorPassword({ password, confirm, token: token.trim() });
        setPasswordSet(true);
      }
      setAttempts(await allAttempts(password));
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <InstructorView
      error={error}
      attempts={attempts}
      onRefresh={() => void signIn()}
      onError={setError}
      password={password}
    >
      {passwordSet !== null && attempts === null && (
        <form
          className="mt-4 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void signIn();
          }}
        >
          {!passwordSet && (
            <p className="w-full text-sm">
              No instructor password is set yet. Set it with the setup token the vgcopy server printed in its
              log at start (“no instructor password yet”), or start the server with
              VGCOPY_INSTRUCTOR_PASSWORD.
            </p>
          )}
          {!passwordSet && (
            <StackedInput label="Setup token from the server's log" value={token} onChange={setToken} mono />
          )}
          <StackedInput
            label={
              passwordSet ? 'Instructor password' : 'Choose the instructor password (at least 8 characters)'
            }
            value={password}
            onChange={setPassword}
            password={passwordSet ? 'current-password' : 'new-password'}
          />
          {!passwordSet && (
            <StackedInput
              label="Type the instructor password again"
              value={confirm}
              onChange={setConfirm}
              password="new-password"
            />
          )}
          <button
            type="submit"
            className={primaryButton}
            disabled={!password || (!passwordSet && (!confirm || !token.trim()))}
          >
            {passwordSet ? 'Sign in' : 'Set the password'}
          </button>
        </form>
      )}
    </InstructorView>
  );
}

/** One field of the password form: its label above it. */
function StackedInput({
  label,
  value,
  onChange,
  password,
  mono = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  /** A password field, and which one for the browser's password manager. */
  password?: 'current-password' | 'new-password';
  mono?: boolean;
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <input
        type={password ? 'password' : 'text'}
        autoComplete={password ?? 'off'}
        className={`rounded border border-slate-300 px-2 py-1${mono ? ' font-mono' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** The page itself: the error, what comes before the list (the password form), every attempt, a replay. */
function InstructorView({
  error,
  attempts,
  password,
  onRefresh,
  onError,
  children,
}: {
  error: string | null;
  attempts: AttemptSummary[] | null;
  /** The instructor password the attempts were read with; null with accounts. */
  password: string | null;
  onRefresh(): void;
  onError(message: string): void;
  children?: React.ReactNode;
}) {
  const [replay, setReplay] = useState<{ attempt: Attempt; pictures: WorldPicture[] } | null>(null);
  const api = useMemo(() => classApi(password), [password]);
  const open = async (id: number) => {
    try {
      const [attempt, pictures] = await Promise.all([
        attemptForInstructor(password, id),
        attemptPictures(password, id),
      ]);
      setReplay({ attempt, pictures });
    } catch (err) {
      onError((err as Error).message);
    }
  };
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl p-6 text-slate-900">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Instructor</h1>
        <Link to="/" className="text-brand-700 underline">
          vgcopy home
        </Link>
      </header>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {children}
      {attempts && <ClassManagement api={api} onError={onError} onReplay={(id) => void open(id)} />}
      {attempts && (
        <section aria-labelledby="all-attempts" className="mt-4">
          <div className="flex items-center justify-between">
            <h2 id="all-attempts" className="text-xl font-semibold">
              All attempts
            </h2>
            <button type="button" className={smallButton} onClick={onRefresh}>
              Refresh
            </button>
          </div>
          <AttemptsTable
            attempts={attempts}
            caption="All attempts"
            withTrainee
            onReplay={(id) => void open(id)}
          />
        </section>
      )}
      {replay && (
        <AttemptReplay key={replay.attempt.id} attempt={replay.attempt} pictures={replay.pictures} />
      )}
    </main>
  );
}
