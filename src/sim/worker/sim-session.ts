/**
 * One rehearsal or training session on a simulated host: it runs lines typed on the AIX and storage
 * consoles, plays the runbook's script step by step, keeps snapshots, gives hints and grades the attempt.
 * Pure TypeScript: the backend (one per WebSocket session) and the page's Web Worker both run it; they
 * only carry messages in and out and say how to wait between script steps.
 */
import type { CommandResult } from '../command-result';
import type { GradedStep } from '../grader/check';
import type { TerminalAnswer } from '../shell/terminal-read';
import { gradeAttempt } from '../grader/grade-attempt';
import { judgeCopy } from '../rehearse/judge';
import type { Grade } from '../grader/grade';
import { holds } from './hint-offers';
import { changedPaths } from './picture-diff';
import {
  type ClientMessage,
  type ClockSpeed,
  limits,
  type ScriptProgress,
  type ServerMessage,
  type SnapshotInfo,
  type TranscriptEntry,
  type WorldPicture,
} from './protocol';
import type { ScriptRun, SessionScenario, SimHost } from './simulator-port';

export interface SessionOptions {
  id: string;
  mode: 'rehearse' | 'train';
  trainee?: string;
  /** Called between two steps of "continue", so a pause (or other sessions) can get in. */
  betweenSteps: () => Promise<void>;
  /**
   * Called between two commands of any long run (run to end, a snapshot's replay) where one thread serves
   * several sessions: it must give the thread's other work a turn (a macrotask, not a microtask).
   * Default: no wait, for a thread with one session (the page's Web Worker).
   */
  yieldToOthers?: () => Promise<void>;
  /** Milliseconds from some fixed point (performance.now), to stop a script that runs too long. */
  monotonicMs: () => number;
  /**
   * The real clock in milliseconds from some fixed point (performance.now; a test's fake), by which a
   * training session's simulated time keeps the trainee's pace at the chosen speed. Absent: time passes
   * only with the commands (and `advance`), as in `sim --grade`, which reads an attempt from a file.
   */
  realMs?: () => number;
  /** Longest a script may run in one go (continue / run to end). */
  scriptRunMs: number;
  /** Most characters of stdout and of stderr kept from one command. */
  outputChars: number;
  /**
   * The real clock (ISO 8601) of the place that keeps attempts (the server's), injected so the simulator
   * itself reads no clock (docs/conventions.md pattern 3); absent where attempts are not kept.
   */
  realClock?: () => string;
  /** The assignment this training attempt is made for, kept with it. */
  assignmentId?: number;
  /** Keeps a graded training attempt and returns its id (the backend's database); null where none is kept. */
  keepAttempt: (attempt: FinishedAttempt) => number | null | Promise<number | null>;
}

export interface FinishedAttempt {
  trainee: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  finishedAt: string;
  /** When the session opened, by `realClock`. */
  realStartedAt?: string;
  /** How many hints were shown when the attempt was graded. */
  hintsUsed: number;
  assignmentId?: number;
  grade: Grade;
  transcript: TranscriptEntry[];
  /**
   * Every hint shown during the attempt, asked for or offered, in the order shown (a session always says;
   * optional for the attempts kept before hints were recorded).
   */
  hintsShown?: string[];
}

interface Snapshot extends SnapshotInfo {
  saved: unknown;
  /** Commands of the storage admin's part played when the snapshot was saved. */
  storagePlayed?: number;
}

/**
 * A rehearsal as plain JSON, to rebuild it in another simulator of the same scenario (the page's Web
 * Worker after a reload of the page): the world by replaying its history (as a snapshot does), and what
 * the page shows of it. A training attempt's graded steps are not in it: only rehearsals are kept so.
 */
export interface SessionRecord {
  saved: unknown;
  transcript: TranscriptEntry[];
  progress: ScriptProgress;
  snapshots: Snapshot[];
  nextSnapshotId: number;
  /** How many of the scenario's hints were asked for (a rehearsal offers none by itself). */
  hintsShown: number;
  /** The world's picture when the script was loaded: its end is judged against it. */
  loadedPicture: WorldPicture;
  /** Commands of the storage admin's part played (absent in records kept before it was counted). */
  storagePlayed?: number;
}

type Emit = (message: ServerMessage) => void;
type Waiting = (answer: TerminalAnswer) => void;

/**
 * No count of steps: a script of `limits.scriptLines` commands takes one step more (its EXIT trap), and
 * the run's time limit (scriptRunMs) is what bounds it.
 */
const untilTheEnd = Number.POSITIVE_INFINITY;

export class SimSession {
  readonly transcript: TranscriptEntry[] = [];
  private readonly steps: GradedStep[] = [];
  private readonly initial: unknown;
  private readonly startedAt: string;
  private readonly realStartedAt: string | undefined;
  private readonly snapshots: Snapshot[] = [];
  private nextSnapshotId = 1;
  private script: ScriptRun | null = null;
  private progress: ScriptProgress = { status: 'idle', lines: [], currentLine: null };
  /** Commands of the scenario's storage admin's part played so far: the storage button goes on from there. */
  private storagePlayed = 0;
  /** How many of the hints given on request were asked for. */
  private hintsAsked = 0;
  /** Every hint shown, asked for or offered, in order: the attempt keeps them (the server counts them). */
  private readonly hintsShown: string[] = [];
  /** The offered hints (their index in the scenario's offers) already shown: each is offered once. */
  private readonly offered = new Set<number>();
  /** A training session's clock speed, and the real instant (ms) up to which its time has passed. */
  private speed: ClockSpeed;
  private paceFrom: number;
  private pauseRequested = false;
  private submitted = false;
  /** Injected faults already told in the transcript. */
  private firedSoFar = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The storage admin's commands while the script waits for them (they cannot queue behind it). */
  private storageQueue: Promise<void> = Promise.resolve();
  /** The script's read waiting at the AIX terminal, and how to answer it. */
  private waiting: Waiting | null = null;
  /** Where the script run in progress tells its output (the message that started the run). */
  private runEmit: Emit = () => {};
  /** What the step in progress has shown so far at its waits, and how long they lasted. */
  private shown = { stdout: 0, stderr: 0, waits: 0, waitedMs: 0 };
  /**
   * The world's picture as of the last change: only this session's commands change its world, so the
   * picture before a command is the one after the previous (one picture a command, not two).
   */
  private picture: WorldPicture;
  /** The world as the script was loaded, for judging the copy its run made. */
  private loadedPicture: WorldPicture;

  constructor(
    private readonly host: SimHost,
    readonly scenario: SessionScenario,
    readonly options: SessionOptions,
  ) {
    const initial = host.save();
    if ('error' in initial) throw new Error(`a new world could not be saved: ${initial.error}`);
    this.initial = initial.saved;
    this.startedAt = host.now();
    this.realStartedAt = options.realClock?.();
    this.picture = host.picture();
    this.loadedPicture = this.picture;
    this.speed = scenario.info.clockSpeed;
    this.paceFrom = options.realMs?.() ?? 0;
  }

  /** A training session's simulated time keeps the trainee's pace (the real clock, at the chosen speed). */
  private get keepsPace(): boolean {
    return this.options.mode === 'train' && this.options.realMs !== undefined;
  }

  private readonly yieldToOthers = (): Promise<void> => this.options.yieldToOthers?.() ?? Promise.resolve();

  private refreshPicture(): WorldPicture {
    this.picture = this.host.picture();
    return this.picture;
  }

  get id(): string {
    return this.options.id;
  }

  /** The whole session as a newly (re)connected page needs it. */
  opened(): ServerMessage {
    return {
      type: 'opened',
      sessionId: this.id,
      mode: this.options.mode,
      scenario: this.scenario.info,
      state: this.picture,
      transcript: this.transcript,
      snapshots: this.snapshotList(),
      script: this.progress,
      hintsShown: this.hintsShown,
      hintsLeft: this.scenario.hints.length - this.hintsAsked,
      ...(this.keepsPace ? { speed: this.speed } : {}),
      prompt: this.host.prompt(),
    };
  }

  /** The rehearsal as JSON (SessionRecord) to keep, or why it cannot be kept now (a history past the limit). */
  keepable(): SessionRecord | { error: string } {
    const saved = this.host.save();
    if ('error' in saved) return saved;
    return {
      saved: saved.saved,
      transcript: this.transcript,
      progress: this.progress,
      snapshots: this.snapshots,
      nextSnapshotId: this.nextSnapshotId,
      hintsShown: this.hintsAsked,
      loadedPicture: this.loadedPicture,
      storagePlayed: this.storagePlayed,
    };
  }

  /**
   * Rebuilds a kept rehearsal in this new session of the same scenario: its world, transcript, script
   * (a script that was running is paused where it was), snapshots and hints.
   */
  async resume(record: SessionRecord): Promise<void> {
    const script = await this.host.restore(record.saved, this.yieldToOthers, {
      read: (written) => this.waitAtTerminal(written),
    });
    this.loadedPicture = record.loadedPicture;
    this.firedSoFar = this.host.firedFaults().length;
    this.transcript.splice(0, this.transcript.length, ...record.transcript);
    this.snapshots.splice(0, this.snapshots.length, ...record.snapshots);
    this.nextSnapshotId = record.nextSnapshotId;
    this.hintsAsked = record.hintsShown;
    this.hintsShown.splice(0, this.hintsShown.length, ...this.scenario.hints.slice(0, record.hintsShown));
    this.storagePlayed = record.storagePlayed ?? 0;
    const going = record.progress.status === 'paused' || record.progress.status === 'running';
    this.script = going ? script : null;
    this.progress =
      going && script
        ? { status: 'paused', lines: script.lines, currentLine: script.nextLine() }
        : going
          ? { status: 'idle', lines: [], currentLine: null }
          : record.progress;
    this.refreshPicture();
  }

  /**
   * Acts on one message. Messages are handled one after the other, except those that must reach a
   * script that is running: a pause, simulated time passing, and, while the script waits at the AIX
   * terminal, the answer typed there, Ctrl-C, and the storage admin's commands (the script waits for them).
   */
  handle(message: ClientMessage, emit: Emit): Promise<void> {
    if (message.type === 'script-pause') {
      this.pauseRequested = true;
      return Promise.resolve();
    }
    if (message.type === 'advance') {
      this.advance(message.seconds, emit);
      return Promise.resolve();
    }
    const waiting = this.waiting;
    if (waiting && message.type === 'run' && message.console === 'aix') {
      this.answer(waiting, { kind: 'line', line: message.line }, emit);
      return Promise.resolve();
    }
    if (waiting && message.type === 'interrupt') {
      this.answer(waiting, { kind: 'interrupt' }, emit);
      return Promise.resolve();
    }
    if (
      waiting &&
      (message.type === 'storage-play' ||
        message.type === 'storage-step' ||
        (message.type === 'run' && message.console === 'storage'))
    ) {
      const done = this.storageQueue.then(() => this.dispatch(message, emit));
      this.storageQueue = done.catch(() => undefined);
      return done;
    }
    const done = this.queue.then(() => this.dispatch(message, emit));
    // A message that failed must not block the ones after it.
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async dispatch(message: ClientMessage, emit: Emit): Promise<void> {
    // The time the trainee took since the last message passes first: the message acts on the world as of now.
    this.keepPace(emit);
    switch (message.type) {
      case 'open':
      case 'resume':
        emit(this.opened());
        return;
      case 'list-scenarios':
        return;
      case 'run':
        await this.run(message.console, message.line, emit);
        return;
      case 'storage-play':
        await this.playStorage(this.scenario.storageSteps.length, emit);
        return;
      case 'storage-step':
        await this.playStorage(1, emit);
        return;
      case 'script-load':
        this.loadScript(message.text, emit);
        return;
      case 'script-step':
        await this.runScript(1, emit);
        return;
      case 'script-continue':
        this.pauseRequested = false;
        await this.runScript(untilTheEnd, emit);
        return;
      case 'script-run-to-end':
        await this.runScript(untilTheEnd, emit, false);
        return;
      case 'script-pause':
      case 'advance':
      case 'interrupt':
      case 'tick':
        return;
      case 'clock-speed':
        this.speed = message.speed;
        emit({ type: 'clock', now: this.host.now(), changed: [], speed: this.speed });
        return;
      case 'snapshot-save':
        this.saveSnapshot(message.name, emit);
        return;
      case 'snapshot-restore':
        await this.restoreSnapshot(message.id, emit);
        return;
      case 'reset':
        await this.host.restore(this.initial, this.yieldToOthers);
        this.firedSoFar = this.host.firedFaults().length;
        this.storagePlayed = 0;
        this.paceFrom = this.options.realMs?.() ?? 0;
        this.script = null;
        this.progress = { status: 'idle', lines: [], currentLine: null };
        emit({ type: 'script', script: this.progress });
        emit({
          type: 'state',
          state: this.refreshPicture(),
          note: 'The session was reset to the scenario start.',
        });
        return;
      case 'fault-arm': {
        const { command, call, kind } = message;
        const refused = this.host.armFault({ command, call, ...(kind ? { kind } : {}) });
        if (refused) {
          emit({ type: 'error', message: refused.error });
          return;
        }
        const which = call === 1 ? 'The next call' : `Call ${call} from now`;
        emit({
          type: 'state',
          state: this.refreshPicture(),
          note: `Injected fault armed: ${which} of ${command} fails as it fails on AIX or the storage${kind ? ` (${kind})` : ''}.`,
        });
        return;
      }
      case 'file-read':
        emit({ type: 'file', path: message.path, text: await this.host.readFile(message.path) });
        return;
      case 'hint':
        this.giveHint(emit);
        return;
      case 'submit':
        await this.submit(emit);
        return;
    }
  }

  private async run(source: TranscriptEntry['source'], command: string, emit: Emit): Promise<CommandResult> {
    const before = this.picture;
    const console = source === 'storage' || source === 'button' ? 'storage' : 'aix';
    const result = this.capped(await this.host.run(console, command));
    this.record({ source, command, result, at: this.host.now() }, before, emit);
    return result;
  }

  /** Keeps a command in the transcript and tells the page what it changed. */
  private record(command: TranscriptEntry, before: WorldPicture, emit: Emit): void {
    const firedBefore = this.firedSoFar;
    const fired = this.host.firedFaults();
    this.firedSoFar = fired.length;
    const faults = fired.slice(firedBefore);
    const entry = faults.length > 0 ? { ...command, faults } : command;
    const after = this.refreshPicture();
    this.transcript.push(entry);
    // Training grades every command against the world before and after it; a rehearsal keeps no pictures.
    if (this.options.mode === 'train') this.steps.push({ entry, before, after });
    const changed = changedPaths(before, after);
    emit({ type: 'output', entry, changed, ...(changed.length > 0 ? { state: after } : {}) });
    this.offerHints(entry, emit);
  }

  /** Output over the limit is cut, and the cut said, so a runaway command cannot flood the page. */
  private capped(result: CommandResult): CommandResult {
    const cap = (text: string) =>
      text.length <= this.options.outputChars
        ? text
        : `${text.slice(0, this.options.outputChars)}\n[output cut at ${this.options.outputChars} characters]\n`;
    return { ...result, stdout: cap(result.stdout), stderr: cap(result.stderr) };
  }

  private loadScript(text: string, emit: Emit): void {
    const lines = text.split('\n');
    if (lines.length > limits.scriptLines) {
      this.fail(
        lines,
        null,
        `The script has ${lines.length} lines; at most ${limits.scriptLines} run here.`,
        emit,
      );
      return;
    }
    const started = this.host.startScript(text, { read: (written) => this.waitAtTerminal(written) });
    if ('error' in started) {
      this.script = null;
      this.fail(lines, null, started.error, emit);
      return;
    }
    this.script = started;
    this.loadedPicture = this.picture;
    this.progress = { status: 'paused', lines: started.lines, currentLine: started.nextLine() };
    emit({ type: 'script', script: this.progress });
  }

  private fail(lines: string[], currentLine: number | null, reason: string, emit: Emit): void {
    this.progress = { status: 'failed', lines, currentLine, reason };
    emit({ type: 'script', script: this.progress });
  }

  /** Runs up to `count` commands of the script; stops on the first failure, at the end, or on a pause. */
  private async runScript(count: number, emit: Emit, pausable = true): Promise<void> {
    const script = this.script;
    if (!script || this.progress.status === 'finished' || this.progress.status === 'failed') {
      emit({ type: 'error', message: 'No script is ready to run: load the script first (Run the script).' });
      return;
    }
    const startedMs = this.options.monotonicMs();
    this.shown.waitedMs = 0;
    this.runEmit = emit;
    this.progress = { ...this.progress, status: 'running' };
    emit({ type: 'script', script: this.progress });
    for (let done = 0; done < count; done++) {
      const line = script.nextLine();
      if (line === null) break;
      if (done > 0) await this.yieldToOthers();
      this.shown = { stdout: 0, stderr: 0, waits: 0, waitedMs: this.shown.waitedMs };
      const step = await script.step();
      if (!step) break;
      // A step that waited at the terminal has shown its output up to its last wait: the rest follows.
      // (The picture before it is the one after its waits and what was done during them.)
      const before = this.picture;
      const waited = this.shown.waits > 0;
      const result = this.capped({
        ...step.result,
        stdout: step.result.stdout.slice(this.shown.stdout),
        stderr: step.result.stderr.slice(this.shown.stderr),
      });
      const entry: TranscriptEntry = { source: 'script', command: step.command, result, at: this.host.now() };
      this.record({ ...entry, scriptLine: step.line, ...(waited ? { read: 'after' } : {}) }, before, emit);
      if (result.exitCode !== 0) {
        const reason = `Line ${step.line}: \`${step.command}\` ended with exit code ${result.exitCode}${
          result.stderr.trim() ? `: ${result.stderr.trim().split('\n')[0]}` : ''
        }`;
        this.fail(script.lines, step.line, reason, emit);
        this.judge(emit);
        return;
      }
      // The time the script waited for people is not the simulator's work.
      if (this.options.monotonicMs() - startedMs - this.shown.waitedMs > this.options.scriptRunMs) {
        const seconds = this.options.scriptRunMs / 1000;
        this.fail(
          script.lines,
          script.nextLine(),
          `The script ran longer than ${seconds} s in one go.`,
          emit,
        );
        return;
      }
      if (count > 1) {
        this.progress = { ...this.progress, currentLine: script.nextLine() };
        emit({ type: 'script', script: this.progress });
        if (pausable) await this.options.betweenSteps();
        if (pausable && this.pauseRequested) break;
      }
    }
    this.pauseRequested = false;
    const next = script.nextLine();
    this.progress = { status: next === null ? 'finished' : 'paused', lines: script.lines, currentLine: next };
    emit({ type: 'script', script: this.progress });
    if (next === null) this.judge(emit);
  }

  /** A rehearsal's script has ended: the copy judged against the runbook's goal, from the world at its load. */
  private judge(emit: Emit): void {
    if (this.options.mode !== 'rehearse') return;
    const { reached, problems } = judgeCopy(this.scenario.goal, this.loadedPicture, this.picture);
    emit({
      type: 'verdict',
      reached,
      problems,
      ...(this.scenario.goal.retired ? { retired: true as const } : {}),
    });
  }

  /**
   * The script's read waits at the AIX terminal (a pause for the storage admin): what the step printed
   * so far is shown, and the answer typed there (or Ctrl-C) lets it go on.
   */
  private waitAtTerminal(written: { stdout: string; stderr: string }): Promise<TerminalAnswer> {
    const emit = this.runEmit;
    const line = this.progress.currentLine;
    const before = this.picture;
    this.shown.stdout += written.stdout.length;
    this.shown.stderr += written.stderr.length;
    this.shown.waits++;
    const command = line ? (this.progress.lines[line - 1] ?? '').trim() : '';
    const result = this.capped({ ...written, exitCode: 0 });
    this.record(
      {
        source: 'script',
        command,
        scriptLine: line ?? undefined,
        result,
        at: this.host.now(),
        read: 'waiting',
      },
      before,
      emit,
    );
    this.progress = { ...this.progress, waitingForInput: true };
    emit({ type: 'script', script: this.progress });
    const startedMs = this.options.monotonicMs();
    return new Promise((resolve) => {
      this.waiting = (answer) => {
        this.shown.waitedMs += this.options.monotonicMs() - startedMs;
        resolve(answer);
      };
    });
  }

  private answer(waiting: Waiting, answer: TerminalAnswer, emit: Emit): void {
    this.waiting = null;
    const { waitingForInput: _, ...progress } = this.progress;
    this.progress = progress;
    if (answer.kind === 'line') {
      const empty = { stdout: '', stderr: '', exitCode: 0 };
      this.record(
        { source: 'aix', command: answer.line, result: empty, at: this.host.now(), read: 'answer' },
        this.picture,
        emit,
      );
    }
    emit({ type: 'script', script: this.progress });
    waiting(answer);
  }

  /** Simulated time passes (a pause of the script, at the rehearsal's speed-up). */
  private advance(seconds: number, emit: Emit): void {
    const before = this.picture;
    this.host.advance(seconds);
    const after = this.refreshPicture();
    const changed = changedPaths(before, after);
    // Time alone (the picture's clock) is said by `now`: the picture goes only with a change of the world,
    // so the page's ticks while the script waits stay small.
    const world = changed.filter((path) => path !== 'time');
    emit({ type: 'clock', now: this.host.now(), changed, ...(world.length > 0 ? { state: after } : {}) });
    if (world.length > 0) this.offerHints(null, emit);
  }

  /**
   * The real time since the last catch-up passes on the simulated clock, at the chosen speed, in whole
   * seconds (the rest waits for the next catch-up). A page left alone for long lets at most
   * `limits.advanceSeconds` pass at once: the world does not run hours of writes in one message.
   */
  private keepPace(emit: Emit): void {
    if (!this.keepsPace) return;
    const nowMs = this.options.realMs?.() ?? 0;
    const seconds = Math.floor(((nowMs - this.paceFrom) / 1000) * this.speed);
    if (this.speed === 0 || seconds > limits.advanceSeconds) this.paceFrom = nowMs;
    else this.paceFrom += (seconds * 1000) / this.speed;
    if (seconds >= 1) this.advance(Math.min(seconds, limits.advanceSeconds), emit);
  }

  private saveSnapshot(name: string, emit: Emit): void {
    if (this.snapshots.length >= limits.snapshotsPerSession) {
      emit({
        type: 'error',
        message: `A session keeps at most ${limits.snapshotsPerSession} snapshots; go back to one or reset.`,
      });
      return;
    }
    const saved = this.host.save();
    if ('error' in saved) {
      emit({ type: 'error', message: saved.error });
      return;
    }
    this.snapshots.push({
      id: this.nextSnapshotId++,
      name,
      at: this.host.now(),
      saved: saved.saved,
      storagePlayed: this.storagePlayed,
    });
    emit({ type: 'snapshots', snapshots: this.snapshotList() });
  }

  private async restoreSnapshot(id: number, emit: Emit): Promise<void> {
    const snapshot = this.snapshots.find((s) => s.id === id);
    if (!snapshot) {
      emit({ type: 'error', message: `There is no snapshot ${id} in this session; pick one from the list.` });
      return;
    }
    await this.host.restore(snapshot.saved, this.yieldToOthers);
    this.firedSoFar = this.host.firedFaults().length;
    this.storagePlayed = snapshot.storagePlayed ?? 0;
    emit({ type: 'state', state: this.refreshPicture(), note: `Back at snapshot "${snapshot.name}".` });
  }

  /**
   * Plays up to `count` commands of the storage admin's part, from the first not played yet, stopping at
   * one that fails (it is played again next time, as a storage admin retries a refused command).
   */
  private async playStorage(count: number, emit: Emit): Promise<void> {
    const steps = this.scenario.storageSteps;
    if (this.storagePlayed >= steps.length) {
      emit({
        type: 'error',
        message:
          steps.length === 0
            ? 'This scenario has no storage admin’s part to play: type the storage commands on the storage console.'
            : `The storage admin’s part is all played (${steps.length} commands).`,
      });
      return;
    }
    for (const line of steps.slice(this.storagePlayed, this.storagePlayed + count)) {
      const result = await this.run('button', line, emit);
      if (result.exitCode !== 0) return;
      this.storagePlayed += 1;
    }
  }

  private snapshotList(): SnapshotInfo[] {
    return this.snapshots.map(({ id, name, at }) => ({ id, name, at }));
  }

  private giveHint(emit: Emit): void {
    const { hints } = this.scenario;
    if (this.hintsAsked >= hints.length) {
      emit({ type: 'error', message: 'There are no more hints for this scenario.' });
      return;
    }
    this.show(hints[this.hintsAsked++], emit);
  }

  private show(text: string, emit: Emit, offered?: true): void {
    this.hintsShown.push(text);
    const remaining = this.scenario.hints.length - this.hintsAsked;
    emit({
      type: 'hint',
      index: this.hintsShown.length - 1,
      text,
      remaining,
      ...(offered ? { offered } : {}),
    });
  }

  /**
   * A training session offers each hint with a condition once, as soon as the condition holds of the world
   * (after `command`, or after time passed when it is null). An attempt already graded is offered none.
   */
  private offerHints(command: TranscriptEntry | null, emit: Emit): void {
    if (this.options.mode !== 'train' || this.submitted) return;
    this.scenario.offers.forEach((offer, i) => {
      if (this.offered.has(i) || !holds(offer.when, this.picture, command)) return;
      this.offered.add(i);
      this.show(offer.text, emit, true);
    });
  }

  private async submit(emit: Emit): Promise<void> {
    if (this.options.mode !== 'train' || !this.options.trainee) {
      emit({ type: 'error', message: 'Only a training session with a trainee name is graded.' });
      return;
    }
    if (this.submitted) {
      emit({ type: 'error', message: 'This attempt was already graded; start a new attempt to try again.' });
      return;
    }
    const grade = gradeAttempt(this.scenario.goal, this.steps, this.picture);
    // Marked before the attempt is kept, so a second submit while it is being written is refused.
    this.submitted = true;
    const attemptId = await this.options.keepAttempt({
      trainee: this.options.trainee,
      scenarioId: this.scenario.info.id,
      scenarioTitle: this.scenario.info.title,
      startedAt: this.startedAt,
      finishedAt: this.host.now(),
      ...(this.realStartedAt ? { realStartedAt: this.realStartedAt } : {}),
      hintsUsed: this.hintsShown.length,
      ...(this.options.assignmentId ? { assignmentId: this.options.assignmentId } : {}),
      grade,
      transcript: this.transcript,
      hintsShown: [...this.hintsShown],
    });
    emit({ type: 'graded', grade, attemptId });
  }
}
