/**
 * The training and instructor API of the backend (src/server/training), and the scenario list from
 * whichever simulator the page uses. Errors come back as the server's message, to show as they are.
 */
import type { Attempt, AttemptSummary } from '../../sim/grader/attempt';
import type { ScenarioInfo } from '../../sim/worker/protocol';
import { apiJson as getJson } from '../store/api-fetch';

export type { Attempt, AttemptSummary };
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
