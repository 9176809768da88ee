/**
 * What an exam session may not do, and what it does not show, enforced by the server (the page only
 * hides what the server already withholds): no world picture (the world panel names which hdisk is
 * which target and whether the copy is consistent), no hints, no storage buttons (they play the storage
 * side for the trainee), no reset or snapshots (one attempt), no injected faults, no change of the
 * simulated clock's speed; the time limit is the server's.
 */
import type { ClientMessage, ExamClock } from '../../sim/worker/protocol';

const noStorageButton =
  'The storage button is off in an exam: type the storage commands on the storage console.';

const refused: Partial<Record<ClientMessage['type'], string>> = {
  hint: 'No hints in an exam.',
  'storage-play': noStorageButton,
  'storage-step': noStorageButton,
  reset: 'An exam is one attempt: it cannot be reset.',
  'snapshot-save': 'An exam is one attempt: no snapshots.',
  'snapshot-restore': 'An exam is one attempt: no snapshots.',
  'fault-arm': 'No injected faults in an exam.',
  // A paused clock would let a log-wrap or freeze-timeout trap pass: an exam keeps the scenario's pace.
  'clock-speed': "The clock runs at the exam's own speed.",
};

/** Why an exam session refuses this message, or null when it takes it. */
export function examRefusal(message: ClientMessage): string | null {
  return refused[message.type] ?? null;
}

/**
 * A session's answer (JSON) as an exam's page gets it: the world's picture and what a command changed
 * in it are left out, and the opened session carries the exam's clock.
 */
export function examAnswerJson(json: string, clock: ExamClock): string {
  const answer = JSON.parse(json) as Record<string, unknown>;
  if (answer.type === 'opened') return JSON.stringify({ ...answer, state: null, exam: clock });
  if ('state' in answer || 'changed' in answer) {
    const { state: _state, ...rest } = answer;
    return JSON.stringify({ ...rest, changed: [] });
  }
  return json;
}
