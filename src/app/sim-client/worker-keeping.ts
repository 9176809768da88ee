/**
 * The messages, besides the simulator protocol, between the page and its Web Worker for keeping a
 * rehearsal across a reload of the page: a worker cannot reach the tab's sessionStorage, so it hands the
 * page the rehearsal as JSON after each message, and a new worker is given it back to rebuild it.
 */
import type { WorldSource } from '../../sim/worker/protocol';
import type { SessionRecord } from '../../sim/worker/sim-session';

/** A rehearsal as kept in the tab: where its world came from, and the session (SessionRecord). */
export interface KeptRehearsal {
  source: WorldSource;
  record: SessionRecord;
  /** The session's commands take a plausible time (as the Rehearse page opens it). */
  timeMoves?: boolean;
}

/** Page to worker: keep the rehearsal from now on, after rebuilding the one the tab kept (if any). */
export interface KeepMessage {
  type: 'keep';
  kept: KeptRehearsal | null;
}

/** Worker to page: the rehearsal as it is now (null: it cannot be kept any more, let the old one go). */
export interface KeptMessage {
  type: 'kept';
  kept: KeptRehearsal | null;
}

export function isKeepMessage(data: unknown): data is KeepMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'keep';
}
