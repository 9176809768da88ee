/**
 * Messages between the server's main thread (sockets, database) and its session worker threads (the
 * simulator). Each session lives in one worker; the main thread keeps which.
 */
import type { ClientMessage, OpenMessage } from '../../sim/worker/protocol';
import type { FinishedAttempt } from '../../sim/worker/sim-session';
import type { Answer } from './session-manager';

export type ToWorker =
  | { kind: 'open'; request: number; sessionId: string; message: OpenMessage }
  /** `seq` ties the session's answers to the socket that asked. */
  | { kind: 'handle'; sessionId: string; seq: number; message: ClientMessage }
  | { kind: 'drop'; sessionId: string }
  /** The main thread kept an attempt the worker asked it to keep. */
  | { kind: 'kept'; request: number; attemptId: number | null };

export type FromWorker =
  | { kind: 'opened'; request: number; error?: string }
  /** An answer of the session, already JSON (made in the worker, off the sockets' thread). */
  | { kind: 'emit'; seq: number; answer: Answer }
  | { kind: 'done'; seq: number; error?: string }
  | { kind: 'keep'; request: number; attempt: FinishedAttempt };
