/**
 * Simulated time during a rehearsal. The simulator's clock stands still unless told to move; while the
 * script waits at the terminal (the storage admin's pause), the page lets the wall-clock time pass in
 * the simulator too, times the chosen speed-up, so a JFS2 freeze that the storage admin's work outlasts
 * thaws by its timeout as it would on AIX tonight.
 */
import { useEffect, useState } from 'react';
import type { ClientMessageInput } from '../../../sim/worker/protocol';

const speeds = [1, 10, 60] as const;
/** How often the page tells the simulator the time that passed (a freeze timeout is tens of seconds). */
const tickMs = 250;

export interface RehearsalClockProps {
  /** The script waits at the terminal: time passes. */
  waiting: boolean;
  /** The simulated time now (ISO 8601), as the session last said. */
  now: string | null;
  send(message: ClientMessageInput): void;
}

export function RehearsalClock({ waiting, now, send }: RehearsalClockProps) {
  const [speed, setSpeed] = useState<(typeof speeds)[number]>(1);
  useEffect(() => {
    if (!waiting) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const at = performance.now();
      send({ type: 'advance', seconds: ((at - last) / 1000) * speed });
      last = at;
    }, tickMs);
    return () => clearInterval(timer);
  }, [waiting, speed, send]);
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 font-semibold">Simulated time</legend>
      <p className="text-sm text-slate-700">
        While the script waits for an answer, time passes on the simulated host as long as you take, times the
        speed-up: a freeze the storage admin outlasts thaws by its timeout.
        {now && <> Simulated time now: {now.replace('T', ' ').replace('Z', ' UTC')}.</>}
      </p>
      <div className="mt-2 flex gap-4 text-sm">
        {speeds.map((s) => (
          <label key={s}>
            <input type="radio" name="speed" checked={speed === s} onChange={() => setSpeed(s)} /> {s}×
          </label>
        ))}
      </div>
    </fieldset>
  );
}
