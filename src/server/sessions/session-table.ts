/**
 * Who holds which live session, and for how long it lives: each session's owner (the principal that
 * opened it) and the address it was opened from, the sockets (tabs) watching it, and when it was last
 * used. The limits per user and per address are counted here, and sweep() ends sessions left idle or
 * left without a tab past the grace period. One table for both registries (in-thread and worker pool):
 * it lives in the main thread with the sockets, and a registry only runs and drops sessions.
 */
import type { LiveSession, SessionRegistry } from './session-manager';
import type { SessionLimits } from './session-limits';

/** Who opens a session: the principal's id (0 for the local user of a server without accounts) and address. */
export interface Owner {
  principalId: number;
  address: string;
}

/** Sends one answer's JSON to one socket. */
export type Send = (json: string) => void;

export interface Row {
  session: LiveSession;
  owner: Owner;
  /** The tabs attached: the host's and the storage admin's see every change either makes. */
  watchers: Set<Send>;
  lastUsed: number;
  /** When the last watcher left; null while a tab watches. */
  unwatchedSince: number | null;
}

export class SessionTable {
  private readonly rows = new Map<string, Row>();
  /** Opens under way, counted against the limits so that parallel opens cannot pass them together. */
  private readonly opening: Owner[] = [];

  constructor(
    private readonly registry: Pick<SessionRegistry, 'drop'>,
    private readonly limits: SessionLimits,
    private readonly nowMs: () => number,
  ) {}

  /**
   * Opens a session for `owner` with `open`, watched by `send`, or says which limit stops it. At a
   * per-user or per-address limit, that owner's (or address's) sessions without a tab end first, oldest
   * first: a closed tab frees its place at once.
   */
  async open(
    owner: Owner,
    send: Send,
    open: () => Promise<LiveSession | { error: string }>,
  ): Promise<Row | { error: string }> {
    const refused = this.makeRoom(owner);
    if (refused) return { error: refused };
    this.opening.push(owner);
    let opened: LiveSession | { error: string };
    try {
      opened = await open();
    } finally {
      this.opening.splice(this.opening.indexOf(owner), 1);
    }
    if ('error' in opened) return opened;
    const row: Row = {
      session: opened,
      owner,
      watchers: new Set([send]),
      lastUsed: this.nowMs(),
      unwatchedSince: null,
    };
    this.rows.set(opened.id, row);
    return row;
  }

  /** The live session with this id (and marks it used), or undefined when it ended or never was. */
  find(id: string): Row | undefined {
    const row = this.rows.get(id);
    if (row) row.lastUsed = this.nowMs();
    return row;
  }

  watch(row: Row, send: Send): void {
    row.watchers.add(send);
    row.unwatchedSince = null;
  }

  unwatch(row: Row, send: Send): void {
    row.watchers.delete(send);
    if (row.watchers.size === 0) row.unwatchedSince = this.nowMs();
  }

  /** Ends sessions unused for longer than the idle limit or without a tab past the grace; returns how many. */
  sweep(): number {
    const now = this.nowMs();
    let ended = 0;
    for (const [id, row] of this.rows) {
      const idle = now - row.lastUsed > this.limits.idleMs;
      const abandoned =
        row.unwatchedSince !== null && now - row.unwatchedSince > this.limits.unwatchedGraceMs;
      if (idle || abandoned) {
        this.end(id);
        ended++;
      }
    }
    return ended;
  }

  private end(id: string): void {
    this.rows.delete(id);
    this.registry.drop(id);
  }

  /** Why `owner` may not open one more session now, after ending unwatched sessions to make room. */
  private makeRoom(owner: Owner): string | undefined {
    const { maxSessions, sessionsPerUser, sessionsPerAddress } = this.limits;
    const total = this.rows.size + this.opening.length;
    if (total >= maxSessions) {
      return `The server runs ${total} sessions, its most; try again in a few minutes.`;
    }
    // The local user of a server without accounts is one person on their own machine: only the address counts.
    if (owner.principalId !== 0) {
      const mine = (o: Owner) => o.principalId === owner.principalId;
      if (!this.freeOne(mine, sessionsPerUser)) {
        return `You have ${sessionsPerUser} simulator sessions open, the most one user may have; close a tab with a session you no longer need (its session ends with it) and try again.`;
      }
    }
    const here = (o: Owner) => o.address === owner.address;
    if (!this.freeOne(here, sessionsPerAddress)) {
      return `${sessionsPerAddress} simulator sessions are open from your address, the most one address may have; close a tab with a session you no longer need (its session ends with it) and try again.`;
    }
    return undefined;
  }

  /** Makes the sessions of `counted` owners fewer than `limit` by ending unwatched ones; false if it cannot. */
  private freeOne(counted: (owner: Owner) => boolean, limit: number): boolean {
    const held = [...this.rows].filter(([, row]) => counted(row.owner));
    const over = held.length + this.opening.filter(counted).length - limit + 1;
    if (over <= 0) return true;
    const unwatched = held
      .filter(([, row]) => row.unwatchedSince !== null)
      .sort(([, a], [, b]) => (a.unwatchedSince ?? 0) - (b.unwatchedSince ?? 0));
    if (unwatched.length < over) return false;
    for (const [id] of unwatched.slice(0, over)) this.end(id);
    return true;
  }
}
