/**
 * Simulated time. Nothing in the simulator reads the real clock: time moves only when the world is told
 * to advance (`sleep 30`, a script's wait, a copy that takes a while). Components schedule events at
 * future instants (a freeze timeout, a FlashCopy relationship being established, syncd's 60-second
 * flush); the clock runs them in time order and lets the host write up to each event's instant first,
 * so a copy taken at instant t sees exactly what was on disk at t.
 *
 * Events are plain data (kind + key + JSON payload), not closures, so a snapshot of the world can carry
 * its pending events; each component registers one handler per kind it schedules.
 */
export interface ScheduledEvent {
  at: number;
  /** Order among events due at the same instant: first scheduled, first run. */
  seq: number;
  /** Which handler runs it, e.g. 'freeze-timeout', 'syncd', 'storage:establish'. */
  kind: string;
  /** Identifies the event within its kind, so it can be cancelled (e.g. the mount point). */
  key: string;
  data?: unknown;
}

export interface ClockState {
  now: number;
  nextSeq: number;
  queue: ScheduledEvent[];
}

export type EventHandler = (event: ScheduledEvent) => void;

/** Seconds since the Unix epoch, simulated (fractions allowed). */
export class SimClock {
  private state: ClockState;
  private readonly handlers = new Map<string, EventHandler>();

  constructor(start: number | ClockState) {
    this.state =
      typeof start === 'number'
        ? { now: start, nextSeq: 0, queue: [] }
        : { ...start, queue: start.queue.map((e) => ({ ...e })) };
  }

  /** The simulated time in seconds since the epoch. */
  now(): number {
    return this.state.now;
  }

  /** Registers the handler of one event kind (one per kind). */
  on(kind: string, handler: EventHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Schedules an event at `at` (seconds since the epoch). */
  at(at: number, kind: string, key: string, data?: unknown): void {
    const event: ScheduledEvent = { at, seq: this.state.nextSeq++, kind, key, data };
    const q = this.state.queue;
    let i = q.length;
    while (i > 0 && q[i - 1].at > at) i--;
    q.splice(i, 0, event);
  }

  /** Schedules an event `seconds` from now. */
  after(seconds: number, kind: string, key: string, data?: unknown): void {
    this.at(this.state.now + seconds, kind, key, data);
  }

  /** Drops the pending events of this kind and key (a thaw cancels the freeze timeout). */
  cancel(kind: string, key: string): void {
    this.state.queue = this.state.queue.filter((e) => e.kind !== kind || e.key !== key);
  }

  /** Pending events, in the order they will run. */
  pending(): readonly ScheduledEvent[] {
    return this.state.queue;
  }

  /**
   * Moves time to `target`, running every event due on the way at its own instant. `step(to)` is called
   * before time moves to each event's instant (and to the target), so the host writes up to that instant.
   */
  advanceTo(target: number, step: (to: number) => void = () => {}): void {
    const q = this.state.queue;
    while (q.length > 0 && q[0].at <= target) {
      const event = q.shift()!;
      if (event.at > this.state.now) {
        step(event.at);
        this.state.now = event.at;
      }
      const handler = this.handlers.get(event.kind);
      if (!handler) throw new Error(`no handler registered for clock events of kind ${event.kind}`);
      handler(event);
    }
    if (target > this.state.now) {
      step(target);
      this.state.now = target;
    }
  }

  /** A copy of the state for a snapshot. */
  save(): ClockState {
    return { ...this.state, queue: this.state.queue.map((e) => ({ ...e })) };
  }
}
