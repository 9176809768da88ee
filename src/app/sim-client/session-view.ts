/**
 * What a page shows of a simulator session, folded from the session's messages by a pure reducer (so the
 * page renders from one value and the reducer is testable without React).
 */
import type { Grade } from '../../sim/grader/grade';
import type {
  ClockSpeed,
  ScenarioInfo,
  ScriptProgress,
  ServerMessage,
  SnapshotInfo,
  TranscriptEntry,
  WorldPicture,
} from '../../sim/worker/protocol';

export interface SessionView {
  sessionId: string | null;
  mode: 'rehearse' | 'train';
  scenario: ScenarioInfo | null;
  prompt: string;
  picture: WorldPicture | null;
  /** The world before the last command, for the before/after view. */
  before: WorldPicture | null;
  /** Paths of the picture the last command changed. */
  changed: string[];
  transcript: TranscriptEntry[];
  script: ScriptProgress;
  snapshots: SnapshotInfo[];
  /** Every hint shown, asked for or offered by the session when the world called for it. */
  hints: string[];
  hintsRemaining: number | null;
  /** A training session's clock speed (null in a rehearsal, whose page keeps its own). */
  speed: ClockSpeed | null;
  grade: Grade | null;
  attemptId: number | null;
  /** The last error or note from the simulator, for a status line. */
  error: string | null;
  note: string | null;
  /** The simulated time as the last `advance` left it (null until time was let pass). */
  now: string | null;
  /** A rehearsal's judgement of the copy, once its script has ended. */
  verdict: { reached: boolean; problems: string[]; retired?: true } | null;
}

export const initialView: SessionView = {
  sessionId: null,
  mode: 'rehearse',
  scenario: null,
  prompt: '# ',
  picture: null,
  before: null,
  changed: [],
  transcript: [],
  script: { status: 'idle', lines: [], currentLine: null },
  snapshots: [],
  hints: [],
  hintsRemaining: null,
  speed: null,
  grade: null,
  attemptId: null,
  error: null,
  note: null,
  now: null,
  verdict: null,
};

export function reduceView(view: SessionView, message: ServerMessage): SessionView {
  switch (message.type) {
    case 'opened':
      return {
        ...initialView,
        sessionId: message.sessionId,
        mode: message.mode,
        scenario: message.scenario,
        prompt: message.prompt,
        picture: message.state,
        transcript: message.transcript,
        script: message.script,
        snapshots: message.snapshots,
        hints: message.hintsShown,
        hintsRemaining: message.hintsLeft,
        speed: message.speed ?? null,
      };
    case 'output':
      return {
        ...view,
        // The picture before the command is the one the page holds; an unchanged world is not resent.
        before: view.picture,
        picture: message.state ?? view.picture,
        changed: message.changed,
        transcript: [...view.transcript, message.entry],
        error: null,
        note: null,
      };
    case 'script':
      // A script loaded again (or reset) is judged again when it ends.
      return message.script.status === 'idle' || message.script.status === 'paused'
        ? { ...view, script: message.script, verdict: null }
        : { ...view, script: message.script };
    case 'verdict':
      return {
        ...view,
        verdict: {
          reached: message.reached,
          problems: message.problems,
          ...(message.retired ? { retired: message.retired } : {}),
        },
      };
    case 'snapshots':
      return { ...view, snapshots: message.snapshots, error: null };
    case 'state':
      return {
        ...view,
        before: view.picture,
        picture: message.state,
        changed: [],
        note: message.note,
        error: null,
      };
    case 'hint':
      return { ...view, hints: [...view.hints, message.text], hintsRemaining: message.remaining };
    case 'graded':
      return { ...view, grade: message.grade, attemptId: message.attemptId };
    case 'error':
      return { ...view, error: message.message };
    case 'clock':
      return message.state
        ? {
            ...view,
            now: message.now,
            before: view.picture,
            picture: message.state,
            changed: message.changed,
            speed: message.speed ?? view.speed,
          }
        : {
            ...view,
            now: message.now,
            picture: view.picture && { ...view.picture, time: message.now },
            speed: message.speed ?? view.speed,
          };
    // The scenario list and a file asked for are answers to their askers, not the session's view.
    case 'scenarios':
    case 'file':
      return view;
  }
}
