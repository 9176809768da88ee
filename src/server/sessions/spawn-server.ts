/**
 * Starts the real server binary as a child process on a free port, for the crash test (kill -9), the load
 * test (the server on its own process, as in production) and the browser journeys that need a server of
 * their own. The unit tests run the sources (node + tsx on src/server/main.ts); the browser journeys run
 * after `npm run build` and start what ships (dist-server/main.js, as `npm start` does).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Stops it with `signal` (SIGKILL for the crash test) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** How to run each: the sources through tsx, or the build on plain Node with its source maps. */
const SERVER_ARGS = {
  source: ['--import', 'tsx', 'src/server/main.ts'],
  build: ['--enable-source-maps', 'dist-server/main.js'],
} as const;

export async function spawnServer(
  env: Record<string, string>,
  from: keyof typeof SERVER_ARGS = 'source',
): Promise<SpawnedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, SERVER_ARGS[from], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || tries > 300) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
