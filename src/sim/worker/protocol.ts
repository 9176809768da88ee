/**
 * The messages between the page and a simulator session, the same whether the session lives in the
 * backend (WebSocket) or in a Web Worker in the page. Every message from the page is checked against
 * these zod schemas before it is acted on; a message that does not match gets an `error` reply.
 */
import { z } from 'zod';
import { firstNulPath } from '../../core/model/nul-bytes';
import type { CommandResult } from '../command-result';
import type { Grade } from '../grader/grade';
import { type ClockSpeed, clockSpeeds } from '../scenarios/schema';
import type { WorldPicture } from './world-picture';

/** Longest line or uploaded file accepted, so one message cannot tie up a session. */
export const limits = {
  lineChars: 4_000,
  scriptChars: 64_000,
  scriptLines: 1_000,
  scenarioFileChars: 256_000,
  traineeNameChars: 60,
  snapshotNameChars: 60,
  snapshotsPerSession: 20,
  /**
   * A snapshot is the list of commands since the session's start, replayed to go back to it: past this
   * many, the list is let go and no new snapshot can be saved until a reset or a restore.
   */
  snapshotCommands: 2_000,
  /** Most simulated seconds one `advance` lets pass (an hour of a pause at 60x comes in many messages). */
  advanceSeconds: 3_600,
} as const;

const clockSpeedSchema = z.literal(clockSpeeds);

export type { ClockSpeed };

/** Where the session's world comes from. */
export const worldSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scenario'), id: z.string().min(1).max(100) }),
  /** A scenario file the admin uploaded (validated by the simulator's scenario parser). */
  z.object({ kind: z.literal('upload'), text: z.string().min(1).max(limits.scenarioFileChars) }),
  /** The runbook's own facts: a twin of the admin's real VG layout (src/core/twin.ts). */
  z.object({ kind: z.literal('twin'), facts: z.unknown() }),
]);

/** aix: the host's shell; storage: the storage admin's DS CLI / SVC CLI console on the same world. */
const consoleSchema = z.enum(['aix', 'storage']);

export const clientMessageSchema = z
  .discriminatedUnion('type', [
    /** The built-in scenarios, answered with `scenarios` (no session needed). */
    z.object({ type: z.literal('list-scenarios') }),
    z.object({
      type: z.literal('open'),
      source: worldSourceSchema,
      mode: z.enum(['rehearse', 'train']).default('rehearse'),
      trainee: z.string().trim().min(1).max(limits.traineeNameChars).optional(),
      /** Each command takes a plausible time on the simulated clock (a rehearsal in which time moves). */
      timeMoves: z.boolean().optional(),
      /**
       * Training for an instructor's assignment (the server checks the trainee is in its cohort; an exam
       * assignment hides the world, refuses hints, is timed and opens once per trainee and scenario).
       */
      assignmentId: z.number().int().positive().optional(),
    }),
    /** Reconnect to a session still alive on the server (its world survives the reconnect). */
    z.object({ type: z.literal('resume'), sessionId: z.string().min(1).max(100) }),
    z.object({
      type: z.literal('run'),
      console: consoleSchema.default('aix'),
      line: z.string().max(limits.lineChars),
    }),
    /** Plays what is left of the storage admin's part of the scenario (the "storage" button). */
    z.object({ type: z.literal('storage-play') }),
    /** Plays the next command of the storage admin's part: the storage side one command at a time. */
    z.object({ type: z.literal('storage-step') }),
    z.object({ type: z.literal('script-load'), text: z.string().min(1).max(limits.scriptChars) }),
    z.object({ type: z.literal('script-step') }),
    z.object({ type: z.literal('script-continue') }),
    z.object({ type: z.literal('script-pause') }),
    z.object({ type: z.literal('script-run-to-end') }),
    /**
     * Ctrl-C at the AIX terminal: while the script waits there for an answer, SIGINT to the script (its
     * INT trap runs); otherwise nothing (the terminal drops the line being typed).
     */
    z.object({ type: z.literal('interrupt') }),
    /**
     * Lets simulated time pass: the page sends the wall-clock time a pause of the script lasted, times the
     * rehearsal's speed-up, so a JFS2 freeze can outlast its timeout while the storage admin works.
     */
    z.object({ type: z.literal('advance'), seconds: z.number().positive().max(limits.advanceSeconds) }),
    /**
     * Training: the real time since the last message passes on the simulated clock at the chosen speed
     * (the session reads the real clock itself, so a page cannot make more time pass than went by). The
     * page sends one every second or so while the clock runs, so writers write and freezes expire even
     * while the trainee reads.
     */
    z.object({ type: z.literal('tick') }),
    /** Training: the simulated clock's speed from now on (0 pauses it). */
    z.object({ type: z.literal('clock-speed'), speed: clockSpeedSchema }),
    z.object({
      type: z.literal('snapshot-save'),
      name: z.string().trim().min(1).max(limits.snapshotNameChars),
    }),
    z.object({ type: z.literal('snapshot-restore'), id: z.number().int().nonnegative() }),
    z.object({ type: z.literal('reset') }),
    /** "Make the next command fail": the `call`-th call of `command` from now fails as on AIX. */
    z.object({
      type: z.literal('fault-arm'),
      command: z.string().min(1).max(40),
      call: z.number().int().min(1).max(10_000).default(1),
      kind: z.string().min(1).max(40).optional(),
    }),
    /**
     * The script's log or state file as the rehearsal wrote it (answered with `file`), to read back as the
     * run record (docs/run-record.md): only vgcopy's own files in /var/tmp.
     */
    z.object({
      type: z.literal('file-read'),
      path: z
        .string()
        .regex(
          /^\/var\/tmp\/vgcopy-[A-Za-z0-9_.-]{1,200}\.(log|done)$/,
          'a log or state file of vgcopy in /var/tmp',
        ),
    }),
    z.object({ type: z.literal('hint') }),
    /** Training: grade the attempt and (on the server) keep it. */
    z.object({ type: z.literal('submit') }),
  ])
  // No command line, script, scenario file or name holds a NUL: one would cut it short in the shell.
  .superRefine((message, ctx) => {
    const at = firstNulPath(message);
    if (at) ctx.addIssue({ code: 'custom', path: at.split('.'), message: 'a NUL character is not allowed' });
  });

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageInput = z.input<typeof clientMessageSchema>;
/** The message that opens a session, as a registry of sessions takes it. */
export type OpenMessage = Extract<ClientMessage, { type: 'open' }>;
export type WorldSource = z.infer<typeof worldSourceSchema>;

/**
 * Whether each command of the session takes its time on the simulated clock: always in training (time
 * moves there whatever the page asks, so an attempt cannot stop the clock to escape a wrap or a timeout),
 * in a rehearsal when the page asks.
 */
export function timeMovesIn(message: OpenMessage): boolean {
  return message.mode === 'train' || message.timeMoves === true;
}
export type ConsoleName = z.infer<typeof consoleSchema>;

/** One command of a session, as kept in a training attempt and replayed on the instructor page. */
export interface TranscriptEntry {
  /** aix / storage: typed by a person; script: a line of the script runner; button: the storage button. */
  source: 'aix' | 'storage' | 'script' | 'button';
  command: string;
  /** Script line number (1-based) for source 'script'. */
  scriptLine?: number;
  result: CommandResult;
  /** Simulated time of the host when the command ran (the world's clock). */
  at: string;
  /** "injected fault fired at ..." when an armed fault made this command fail (not the script's defect). */
  faults?: string[];
  /**
   * A script step that waited at the terminal comes in parts: what it printed up to the wait
   * ('waiting', no prompt follows), the line typed in answer ('answer'), and what it printed after its
   * last wait ('after', the rest of the same command).
   */
  read?: 'waiting' | 'answer' | 'after';
}

/** The scenario as the trainee sees it: hints come one at a time, on request. */
export interface ScenarioInfo {
  id: string;
  title: string;
  goal: string;
  hintCount: number;
  /** The storage's CLI on the storage console: DS CLI (DS8000) or SVC CLI. */
  storage: 'ds8000' | 'svc';
  /** The speed a training session's clock starts at (the trainee may change it). */
  clockSpeed: ClockSpeed;
}

type ScriptStatus = 'idle' | 'paused' | 'running' | 'finished' | 'failed';

/** Where the script runner is: the line about to run (or the failed one) and why it stopped. */
export interface ScriptProgress {
  status: ScriptStatus;
  /** The script's lines, for showing the current one. */
  lines: string[];
  /** 1-based line of the next command to run, or of the command that failed. */
  currentLine: number | null;
  /** Why the run stopped, for 'failed'. */
  reason?: string;
  /** The running script waits at the AIX terminal for an answer (a pause for the storage admin). */
  waitingForInput?: boolean;
}

export interface SnapshotInfo {
  id: number;
  name: string;
  at: string;
}

/** An exam session's time limit (ISO 8601 by the server's clock). */
export interface ExamClock {
  endsAt: string;
  limitSeconds: number;
}

/** The world's JSON picture (world-picture.ts: the simulator's worldState laid out as tables). */
export type { WorldPicture };

export type ServerMessage =
  | {
      type: 'opened';
      sessionId: string;
      mode: 'rehearse' | 'train';
      scenario: ScenarioInfo;
      /** null in an exam: the world panel would give the answers away. */
      state: WorldPicture | null;
      transcript: TranscriptEntry[];
      snapshots: SnapshotInfo[];
      script: ScriptProgress;
      /** Every hint shown so far, asked for or offered, in the order shown. */
      hintsShown: string[];
      /** Hints still there to ask for. */
      hintsLeft: number;
      /** A training session's clock speed (absent in a rehearsal, where the page lets time pass). */
      speed?: ClockSpeed;
      prompt: string;
      /** An exam's time limit, by the server's clock: graded as it is when `endsAt` passes. */
      exam?: ExamClock;
    }
  | {
      type: 'output';
      entry: TranscriptEntry;
      /**
       * The world after the command, sent only when the command changed it (most commands only read:
       * sending the picture with each would make every answer many times larger).
       */
      state?: WorldPicture;
      /** Dotted paths of the picture that the command changed, for highlighting; empty for none. */
      changed: string[];
    }
  | { type: 'scenarios'; scenarios: ScenarioInfo[] }
  /**
   * A rehearsal's script ended: did the copy reach the runbook's goal, production left as it was
   * (src/sim/rehearse/judge.ts), and if not, why (a freeze that timed out, an inconsistent copy, ...).
   */
  /** `retired`: the goal was the copy gone (a retire), not the copy up. */
  | { type: 'verdict'; reached: boolean; problems: string[]; retired?: true }
  /**
   * Simulated time moved (`advance`): the clock, and the world when time changed more than the clock in
   * it (a freeze thawed, applications wrote).
   */
  | { type: 'clock'; now: string; state?: WorldPicture; changed: string[]; speed?: ClockSpeed }
  | { type: 'script'; script: ScriptProgress }
  | { type: 'snapshots'; snapshots: SnapshotInfo[] }
  | { type: 'state'; state: WorldPicture; note: string }
  /**
   * A hint shown: asked for, or offered by the session because what it is about just became true of the
   * world (`offered`). `index` is its place among the hints shown; `remaining` the hints left to ask for.
   */
  | { type: 'hint'; index: number; text: string; remaining: number; offered?: true }
  /** The file asked for by `file-read`; null where the host has none. */
  | { type: 'file'; path: string; text: string | null }
  | { type: 'graded'; grade: Grade; attemptId: number | null }
  | { type: 'error'; message: string; issues?: { path: string; message: string }[] };
