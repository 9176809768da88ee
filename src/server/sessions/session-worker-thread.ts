/**
 * Starts one session worker thread. Built (`npm run build`), the server is dist-server/main.js and its
 * worker dist-server/session-worker.js beside it, plain JavaScript for plain Node. From the sources (`npm
 * run dev`, the tests) the worker is TypeScript: Node 20 does not apply the module hooks of the main
 * thread's `--import tsx` to worker threads, so a small JavaScript entry registers tsx in the thread
 * first.
 */
import { Worker } from 'node:worker_threads';
import type { SessionLimits } from './session-limits';

export function startSessionWorker(limits: SessionLimits): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './session-worker-tsx.mjs' : './session-worker.js', import.meta.url);
  return new Worker(entry, { workerData: limits });
}
