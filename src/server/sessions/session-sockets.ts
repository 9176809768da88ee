/**
 * The WebSocket end of the simulator sessions, at /api/sessions/socket. Before the upgrade, the request
 * must come from vgcopy's own pages (Origin, Sec-Fetch-Site) and from someone the server knows
 * (`identify`); it is refused with 403 or 401 and a one-line reason otherwise. Each text frame is one
 * JSON message of the protocol (src/sim/worker/protocol.ts); anything else gets an `error` reply naming
 * what is wrong, and the socket stays open. Uses ws in noServer mode on the HTTP server's upgrade event.
 */
import type { IncomingMessage, Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { clientMessageSchema, type ExamClock, limits, type ServerMessage } from '../../sim/worker/protocol';
import { hasRole, localPrincipal, type Principal } from '../auth/principal';
import { issuesOf } from '../errors';
import { browserAddress } from '../auth/client-connection';
import { crossSiteProblem } from '../security/origin';
import type { AssignmentAccess, AssignmentOpen, FreeOpen } from '../training/assignment-access';
import { examAnswerJson, examRefusal } from '../training/exam-rules';
import { type Answer, answerOf, type SessionRegistry } from './session-manager';
import { type Owner, type Row, type Send, SessionTable } from './session-table';

export const socketPath = '/api/sessions/socket';

/** Biggest frame accepted: an uploaded scenario file plus its JSON envelope. */
const maxPayload = limits.scenarioFileChars * 2;

export interface SessionSocketOptions {
  /**
   * Who makes the upgrade request, from its cookies or headers; undefined refuses it with 401. Default:
   * everyone is the local user (a server without accounts).
   */
  identify?: (req: IncomingMessage) => Principal | undefined;
  /** Origins besides the server's own that its pages are served from (VGCOPY_ORIGINS). Default: none. */
  trustedOrigins?: readonly string[];
  /** VGCOPY_TRUST_PROXY=1: the per-address limit counts the proxy's X-Forwarded-For, not the proxy. */
  trustProxy?: boolean;
  /** How often sessions left idle or without a tab are looked for. */
  sweepEveryMs?: number;
  /** The clock of the idle and grace limits (tests move it by hand). */
  nowMs?: () => number;
  /**
   * Whether a trainee may open a session for an instructor's assignment, and whether it is an exam
   * (../training/assignment-access.ts). Without it, no session opens for an assignment.
   */
  assignmentAccess?: (open: AssignmentOpen) => AssignmentAccess;
  /**
   * Why a trainee may not open a world outside their exam (an exam's scenario before it is taken), or
   * null (../training/assignment-access.ts). Without it, nothing is held.
   */
  examHold?: (open: FreeOpen) => string | null;
}

/** An exam session's clock: when it ends, by the server's clock, and its limit. */
interface Exam {
  clock: ExamClock;
  endsAtMs: number;
  /** Grades it as it stands, once (at the limit, or when the session ends first); a no-op once graded. */
  grade(): Promise<void>;
  graded: boolean;
}

export interface SessionSockets {
  /** Ends the sessions left idle or without a tab past the grace; returns how many (also run on a timer). */
  sweep(): number;
  close(): void;
}

/** Answers WebSocket upgrades on `server` at /api/sessions/socket, and sweeps idle sessions. */
export function attachSessionSockets(
  server: Pick<Server, 'on' | 'off'>,
  registry: SessionRegistry,
  options: SessionSocketOptions = {},
): SessionSockets {
  const { identify = () => localPrincipal, trustedOrigins = [], sweepEveryMs = 15_000 } = options;
  const exams = new WeakMap<Row, Exam>();
  /** Exams not graded yet, by session id: a session ended without its tab is graded before it goes. */
  const ungraded = new Map<string, Exam>();
  const access = options.assignmentAccess ?? (() => ({ error: 'This server keeps no assignments.' }));
  const hold = options.examHold ?? (() => null);
  // An exam started counts as its one attempt, so one whose session ends before its limit (tab closed,
  // reaped) is graded as it stands and kept: the grid shows it rather than a trainee locked out.
  const drop = (id: string) => {
    const exam = ungraded.get(id);
    if (!exam) return registry.drop(id);
    ungraded.delete(id);
    void exam.grade().finally(() => registry.drop(id));
  };
  const table = new SessionTable({ drop }, registry.limits, options.nowMs ?? (() => performance.now()));
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node takes its own error listener off a socket it hands to 'upgrade': without one, a client that
    // resets the connection mid-handshake would end the process.
    socket.on('error', () => socket.destroy());
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== socketPath) {
      return refuse(
        socket,
        404,
        'Not Found',
        'There is no WebSocket here; the sessions are at /api/sessions/socket.',
      );
    }
    const { origin, host, 'sec-fetch-site': fetchSite } = req.headers;
    const crossSite = crossSiteProblem({ origin, host, fetchSite: [fetchSite].flat()[0] }, trustedOrigins);
    if (crossSite) return refuse(socket, 403, 'Forbidden', crossSite);
    const principal = identify(req);
    if (!principal) {
      return refuse(
        socket,
        401,
        'Unauthorized',
        'Sign in first: simulator sessions are for signed-in users.',
      );
    }
    const forwardedFor = [req.headers['x-forwarded-for']].flat().join(',') || undefined;
    const address = browserAddress(forwardedFor, req.socket.remoteAddress, options.trustProxy ?? false);
    const owner: Owner = { principalId: principal.id, address };
    wss.handleUpgrade(req, socket, head, (ws) =>
      serve(ws, { registry, table, principal, owner, exams, ungraded, access, hold }),
    );
  };
  server.on('upgrade', onUpgrade);
  const sweeper = setInterval(() => table.sweep(), sweepEveryMs);
  sweeper.unref();
  return {
    sweep: () => table.sweep(),
    close() {
      clearInterval(sweeper);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

/** Answers an upgrade request with an HTTP error and its reason on one line, and closes the connection. */
function refuse(socket: Duplex, status: number, statusText: string, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

interface Context {
  registry: SessionRegistry;
  table: SessionTable;
  principal: Principal;
  owner: Owner;
  exams: WeakMap<Row, Exam>;
  ungraded: Map<string, Exam>;
  access: (open: AssignmentOpen) => AssignmentAccess;
  hold: (open: FreeOpen) => string | null;
}

/** Replies meant for the asking page only; every other answer goes to every tab watching the session. */
const privateReplies = new Set<ServerMessage['type']>(['opened', 'hint', 'graded', 'error', 'scenarios']);

function serve(
  ws: WebSocket,
  { registry, table, principal, owner, exams, ungraded, access, hold }: Context,
): void {
  // A bad frame (too big, not UTF-8, unmasked, unknown opcode) is an 'error' of this socket: ws has
  // already closed it with the matching code (1009, 1007, 1002), so there is nothing more to do, but
  // an 'error' nobody listens to would end the whole server.
  ws.on('error', () => undefined);
  let row: Row | undefined;
  const send: Send = (json) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(json);
  };
  const reply = (message: ServerMessage) => send(answerOf(message).json);
  const watch = (next: Row) => {
    if (row && row !== next) table.unwatch(row, send);
    row = next;
    table.watch(next, send);
    // The tab closed while its session was being opened: 'close' has passed, so let go here.
    if (ws.readyState === WebSocket.CLOSED) table.unwatch(next, send);
  };
  /** Where a session's answers go: to this page, or to every tab watching the session that answers. */
  const emitTo =
    (target: Row, everyTab = false) =>
    (answer: Answer) => {
      const exam = exams.get(target);
      if (exam && answer.type === 'graded') {
        exam.graded = true;
        ungraded.delete(target.session.id);
      }
      const json = exam ? examAnswerJson(answer.json, exam.clock) : answer.json;
      if (privateReplies.has(answer.type) && !everyTab) return send(json);
      for (const watcher of target.watchers) watcher(json);
    };
  /** An exam is graded as it stands when its time is up, whoever is watching it then. */
  const startExam = (target: Row, limitSeconds: number) => {
    const endsAtMs = Date.now() + limitSeconds * 1000;
    const exam: Exam = {
      clock: { endsAt: new Date(endsAtMs).toISOString(), limitSeconds },
      endsAtMs,
      graded: false,
      grade: async () => {
        clearTimeout(timer);
        if (exam.graded) return;
        await target.session.handle({ type: 'submit' }, emitTo(target, true)).catch((err: unknown) => {
          console.error('vgcopy: an exam could not be graded as it stood', err);
        });
      },
    };
    const timer = setTimeout(() => void exam.grade(), limitSeconds * 1000);
    timer.unref();
    exams.set(target, exam);
    ungraded.set(target.session.id, exam);
  };
  ws.on('close', () => {
    if (row) table.unwatch(row, send);
  });
  const error = (message: string, issues?: { path: string; message: string }[]) =>
    reply({ type: 'error', message, ...(issues ? { issues } : {}) });

  // Messages are taken in order (an open finishes before the next message is looked at); the session
  // itself queues the commands, so a long script does not hold up a pause.
  let inOrder: Promise<void> = Promise.resolve();
  ws.on('message', (data: RawData, isBinary: boolean) => {
    inOrder = inOrder
      .then(() => receive(data, isBinary))
      .catch((err: unknown) => {
        console.error('vgcopy: a simulator session failed', err);
        error('The simulator hit an unexpected error on that message; the connection is still open.');
      });
  });
  const receive = async (data: RawData, isBinary: boolean): Promise<void> => {
    if (isBinary) return error('Send text frames holding one JSON message each.');
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return error('That message is not JSON: send one JSON object such as {"type":"run","line":"lspv"}.');
    }
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success)
      return error('That message is not one this session takes; see issues.', issuesOf(parsed.error));
    let message = parsed.data;
    let target: Row;
    if (message.type === 'list-scenarios') {
      return reply({ type: 'scenarios', scenarios: registry.scenarios() });
    }
    if (message.type === 'open') {
      // A signed-in trainee's attempts carry their account's name, whatever the page sent.
      if (message.mode === 'train' && principal.id !== 0)
        message = { ...message, trainee: principal.username };
      if (message.mode === 'train' && !message.trainee) {
        return error('A training session needs the trainee name: enter your name first.');
      }
      const opening = message;
      let examSeconds: number | null = null;
      const opened = await table.open(owner, send, async () => {
        const { assignmentId, trainee } = opening;
        if (assignmentId !== undefined) {
          if (opening.mode !== 'train' || !trainee)
            return { error: 'An assignment is done in a training session.' };
          const scenarioId = opening.source.kind === 'scenario' ? opening.source.id : null;
          const allowed = access({ trainee, assignmentId, scenarioId });
          if ('error' in allowed) return allowed;
          examSeconds = allowed.exam?.limitSeconds ?? null;
        }
        // Outside the exam itself, a trainee's exam scenario stays closed until taken or due. An
        // account is held by its name in any mode; without accounts, by the trainee name it trains under.
        const who = principal.id !== 0 ? principal.username : trainee;
        const instructor = principal.id !== 0 && hasRole(principal, 'instructor');
        const held =
          examSeconds === null && who && !instructor ? hold({ trainee: who, source: opening.source }) : null;
        return held ? { error: held } : registry.open(opening);
      });
      if ('error' in opened) return error(opened.error);
      target = opened;
      if (examSeconds !== null) startExam(target, examSeconds);
      watch(target);
    } else if (message.type === 'resume') {
      const found = table.find(message.sessionId);
      if (!found) return error('That session has expired or never was; open a new one.');
      if (found.owner.principalId !== principal.id) {
        return error('That session belongs to another user; open your own.');
      }
      target = found;
      watch(target);
    } else if (row && table.find(row.session.id)) {
      target = row;
    } else {
      return error(
        row
          ? 'This session ended (left idle too long, or without a tab); open a new one.'
          : 'Open a session first: send {"type":"open","source":{"kind":"scenario","id":"..."}}.',
      );
    }
    const exam = exams.get(target);
    if (exam && message.type !== 'open' && message.type !== 'resume') {
      const refusal =
        Date.now() >= exam.endsAtMs
          ? "The exam's time is up: it was graded as it stood."
          : examRefusal(message);
      if (refusal) return error(refusal);
    }
    target.session.handle(message, emitTo(target)).catch((err: unknown) => {
      console.error('vgcopy: a simulator session failed', err);
      error('The simulator hit an unexpected error on that command; the session is still open.');
    });
  };
}
