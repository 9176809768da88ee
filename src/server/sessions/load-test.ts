/**
 * `npm run loadtest`: starts the real server in its own process, opens many simulator sessions at once
 * (200 by default), has each run an AIX command every second, and prints the command latency
 * (time from sending a command to receiving its output) as p50/p95/p99/max, with the error count.
 * Exits with 1 when the 99th percentile is 50 ms or more, or when a command failed.
 *
 * LOAD_HEAVY=2 adds that many heavy sessions, each running a 1,000-line script to the end again and again
 * beside the others: their threads must still answer everyone else's commands between two of its lines.
 *
 *   LOAD_SESSIONS=200 LOAD_SECONDS=30 LOAD_HEAVY=0 LOAD_SCENARIO=first-flashcopy npm run loadtest
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { limits } from '../../sim/worker/protocol';
import { SessionClient } from './session-client';
import { spawnServer } from './spawn-server';

const sessions = Number(process.env.LOAD_SESSIONS ?? 200);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const scenario = process.env.LOAD_SCENARIO ?? 'first-flashcopy';
const heavy = Number(process.env.LOAD_HEAVY ?? 0);
/** What a heavy session runs to the end: the longest script a session takes, of a command that reads a VG. */
const heavyScript = Array.from({ length: limits.scriptLines }, () => 'lsvg -l datavg').join('\n');
const p99LimitMs = 50;

/** What an admin looks at while rehearsing: read-only commands, so every second's work is alike. */
const commands = ['lspv', 'lsvg -o', 'lsvg -l datavg', 'lsdev -Cc disk', 'lsvg datavg', 'mount', 'lsfs'];

/**
 * CPU seconds the server process has used (all its threads), from /proc on Linux; null elsewhere. Says
 * what the sessions cost whatever else the machine is doing, which the latencies alone do not.
 */
function serverCpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Opens one session and waits until its world is built. */
async function openSession(url: string): Promise<SessionClient> {
  const client = await SessionClient.connect(url);
  client.send({ type: 'open', source: { kind: 'scenario', id: scenario } });
  await client.next('opened', 120_000);
  return client;
}

/** Runs a command a second until `until`, recording each command's latency; returns the error count. */
async function typeEverySecond(client: SessionClient, index: number, until: number, latencies: number[]) {
  let errors = 0;
  // Spread the sessions over the second, as real users do not type in step.
  await new Promise((r) => setTimeout(r, (index * 1000) / sessions));
  for (let n = 0; performance.now() < until; n++) {
    const tick = performance.now();
    client.send({ type: 'run', line: commands[(index + n) % commands.length] });
    const reply = await client.nextOf(['output', 'error'], 10_000);
    latencies.push(performance.now() - tick);
    // Every command of the mix only reads, so anything but exit 0 (an unknown command too) is an error.
    if (reply.type === 'error' || reply.entry.result.exitCode !== 0) errors++;
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
  }
  await client.close();
  return errors;
}

/** Runs the heavy script to the end until `until`; returns how many script lines it ran. */
async function runToEndUntil(client: SessionClient, until: number): Promise<number> {
  let lines = 0;
  while (performance.now() < until) {
    client.send({ type: 'script-load', text: heavyScript });
    await client.next('script');
    client.send({ type: 'script-run-to-end' });
    for (;;) {
      const { script } = await client.next('script', 120_000);
      if (script.status === 'running') continue;
      if (script.status !== 'finished')
        throw new Error(
          `the heavy script stopped (${script.status} at ${script.currentLine}): ${script.reason}`,
        );
      lines += script.lines.length;
      break;
    }
    // Its outputs are not read: drop them so the client does not hoard a thousand a run.
    client.clear();
  }
  await client.close();
  return lines;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vgcopy-load-'));
  // Every session comes from this one address: the per-address limit must let them all in.
  const server = await spawnServer({
    VGCOPY_DB: join(dir, 'load.db'),
    VGCOPY_SESSIONS_PER_ADDRESS: String(sessions + heavy),
  });
  try {
    console.log(
      `Load test: ${sessions} sessions, one command a second each, for ${seconds} s (${scenario})${
        heavy > 0 ? `, beside ${heavy} running ${limits.scriptLines}-line scripts to the end` : ''
      }.`,
    );
    const opening = performance.now();
    const clients: SessionClient[] = [];
    // Opened in batches, as users arrive over time rather than in one instant.
    for (let i = 0; i < sessions; i += 20) {
      clients.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(20, sessions - i) }, () => openSession(server.url)),
        )),
      );
    }
    console.log(
      `Opened:              ${sessions} sessions in ${((performance.now() - opening) / 1000).toFixed(1)} s`,
    );
    const latencies: number[] = [];
    const cpuBefore = serverCpuSeconds(server.child.pid);
    const started = performance.now();
    const until = started + seconds * 1000;
    const heavyClients = await Promise.all(Array.from({ length: heavy }, () => openSession(server.url)));
    const heavyLines = Promise.all(heavyClients.map((client) => runToEndUntil(client, until)));
    const errors = (
      await Promise.all(clients.map((client, i) => typeEverySecond(client, i, until, latencies)))
    ).reduce((a, b) => a + b, 0);
    const heavyRan = (await heavyLines).reduce((a, b) => a + b, 0);
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = serverCpuSeconds(server.child.pid);
    const sorted = latencies.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`Sessions:            ${sessions} concurrent`);
    console.log(
      `Commands:            ${sorted.length} in ${elapsed.toFixed(1)} s (${(sorted.length / elapsed).toFixed(0)}/s)`,
    );
    console.log(`Errors:              ${errors}`);
    if (heavy > 0) console.log(`Heavy script lines:  ${heavyRan} run to the end by ${heavy} sessions`);
    if (cpuBefore !== null && cpuAfter !== null) {
      const cpu = cpuAfter - cpuBefore;
      console.log(
        `Server CPU:          ${((cpu * 1000) / sorted.length).toFixed(2)} ms a command (${((100 * cpu) / elapsed).toFixed(0)}% of one core)`,
      );
    }
    console.log(`Latency p50:         ${ms(percentile(sorted, 50))}`);
    console.log(`Latency p95:         ${ms(percentile(sorted, 95))}`);
    console.log(`Latency p99:         ${ms(percentile(sorted, 99))} (limit ${p99LimitMs} ms)`);
    console.log(`Latency max:         ${ms(sorted[sorted.length - 1] ?? Number.NaN)}`);
    const ok = percentile(sorted, 99) < p99LimitMs && errors === 0;
    console.log(ok ? 'PASS' : 'FAIL');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('Load test could not run:', err);
  process.exit(2);
});
