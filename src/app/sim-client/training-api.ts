/**
 * The training and instructor API of the backend (src/server/training), and the scenario list from
 * whichever simulator the page uses. Errors come back as the server's message, to show as they are.
 */
import type { Attempt, AttemptSummary } from '../../sim/grader/attempt';
import type {
  Assignment,
  AssignmentMode,
  Cohort,
  ProgressGrid,
  TraineeAssignment,
} from '../../sim/grader/cohort';
import type { ScenarioInfo, WorldPicture } from '../../sim/worker/protocol';
import { apiFetch, apiJson as getJson, jsonInit } from '../store/api-fetch';
import { errorTextOf } from '../store/auth';

export type { AssignmentMode, Attempt, AttemptSummary, Cohort, ProgressGrid, TraineeAssignment };
import type { SimConnection } from './connection';

/** The built-in scenarios, asked of the simulator in use (backend or in-page). */
export function listScenarios(connection: SimConnection): Promise<ScenarioInfo[]> {
  return new Promise((resolve) => {
    const stop = connection.subscribe((message) => {
      if (message.type !== 'scenarios') return;
      stop();
      resolve(message.scenarios);
    });
    connection.send({ type: 'list-scenarios' });
  });
}

/** The built-in scenarios, as the server lists them (the instructor page has no simulator session). */
export async function trainingScenarios(): Promise<ScenarioInfo[]> {
  const { scenarios } = await getJson<{ scenarios: ScenarioInfo[] }>('/api/training/scenarios');
  return scenarios;
}

export async function traineeAttempts(trainee: string): Promise<AttemptSummary[]> {
  const { attempts } = await getJson<{ attempts: AttemptSummary[] }>(
    `/api/training/attempts?trainee=${encodeURIComponent(trainee)}`,
  );
  return attempts;
}

/** The instructor password (servers without accounts); with accounts, the session's instructor role is enough. */
const instructorHeaders = (password: string | null): Record<string, string> =>
  password === null ? {} : { 'X-Instructor-Password': password };

export async function instructorStatus(): Promise<{ passwordSet: boolean }> {
  return getJson('/api/instructor/status');
}

/** Sets the first instructor password, typed twice, with the setup token from the server's log. */
export async function setInstructorPassword(setup: {
  password: string;
  confirm: string;
  token: string;
}): Promise<void> {
  await getJson('/api/instructor/password', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(setup),
  });
}

export async function allAttempts(password: string | null): Promise<AttemptSummary[]> {
  const { attempts } = await getJson<{ attempts: AttemptSummary[] }>('/api/instructor/attempts', {
    headers: instructorHeaders(password),
  });
  return attempts;
}

export function attemptForInstructor(password: string | null, id: number): Promise<Attempt> {
  return getJson(`/api/instructor/attempts/${id}`, { headers: instructorHeaders(password) });
}

/** The world's picture before the first command and after each command of an attempt. */
export async function attemptPictures(password: string | null, id: number): Promise<WorldPicture[]> {
  const { pictures } = await getJson<{ pictures: WorldPicture[] }>(
    `/api/instructor/attempts/${id}/pictures`,
    {
      headers: instructorHeaders(password),
    },
  );
  return pictures;
}

/** The assignments of the cohorts the trainee is in (with accounts, the signed-in trainee's). */
export async function traineeAssignments(trainee: string): Promise<TraineeAssignment[]> {
  const { assignments } = await getJson<{ assignments: TraineeAssignment[] }>(
    `/api/training/assignments?trainee=${encodeURIComponent(trainee)}`,
  );
  return assignments;
}

/** The class-management calls of the instructor page, with the instructor password where there is one. */
export function classApi(password: string | null) {
  const headers = instructorHeaders(password);
  const call = <T>(path: string, init: RequestInit = {}) =>
    getJson<T>(`/api/instructor/cohorts${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), ...headers },
    });
  return {
    async cohorts(): Promise<Cohort[]> {
      return (await call<{ cohorts: Cohort[] }>('')).cohorts;
    },
    createCohort: (name: string, members: string[]) => call<Cohort>('', jsonInit('POST', { name, members })),
    addMember: (cohortId: number, trainee: string) =>
      call<Cohort>(`/${cohortId}/members`, jsonInit('POST', { trainee })),
    removeMember: (cohortId: number, trainee: string) =>
      call<Cohort>(`/${cohortId}/members/${encodeURIComponent(trainee)}`, { method: 'DELETE' }),
    resetTrainee: (cohortId: number, trainee: string) =>
      call<{ removedAttempts: number }>(`/${cohortId}/reset`, jsonInit('POST', { trainee })),
    addAssignment: (
      cohortId: number,
      assignment: {
        title: string;
        scenarioIds: string[];
        dueAt: string;
        mode: AssignmentMode;
        timeLimitMinutes: number | null;
      },
    ) => call<Assignment>(`/${cohortId}/assignments`, jsonInit('POST', assignment)),
    grid: (cohortId: number) => call<ProgressGrid>(`/${cohortId}/grid`),
    /** The grid as the server writes it for a spreadsheet. */
    async gridCsv(cohortId: number): Promise<string> {
      const res = await apiFetch(`/api/instructor/cohorts/${cohortId}/grid.csv`, { headers });
      if (!res.ok) throw new Error(errorTextOf(await res.json().catch(() => null), res.status));
      return res.text();
    },
  };
}

export type ClassApi = ReturnType<typeof classApi>;
