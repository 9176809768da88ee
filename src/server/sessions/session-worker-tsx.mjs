// The session worker's entry when the server runs from its TypeScript sources (session-worker-thread.ts):
// tsx registered in this thread, then the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./session-worker.ts');
