/**
 * The simulated clock of a training attempt: the time on the simulated host and the speed it follows the
 * real clock at (paused, 1x, 10x, 60x; the scenario chooses the start). While it runs, the page tells the
 * session every second that time went by (`tick`): the session reads its own clock and lets the time pass
 * at that speed, so writers write, logs fill and freezes expire while the trainee reads.
 */
import { useEffect } from 'react';
import type { ClientMessageInput, ClockSpeed } from '../../../sim/worker/protocol';

const speeds: { speed: ClockSpeed; label: string }[] = [
  { speed: 0, label: 'Paused' },
  { speed: 1, label: '1×' },
  { speed: 10, label: '10×' },
  { speed: 60, label: '60×' },
];
/** How often the page says time went by: the simulated clock moves by whole seconds. */
const tickMs = 1_000;

export interface TrainingClockProps {
  /** The simulated time (ISO 8601), as the session last said. */
  now: string;
  speed: ClockSpeed;
  /** The attempt is graded: its clock has stopped. */
  stopped: boolean;
  send(message: ClientMessageInput): void;
}

export function TrainingClock({ now, speed, stopped, send }: TrainingClockProps) {
  useEffect(() => {
    if (speed === 0 || stopped) return;
    const timer = setInterval(() => send({ type: 'tick' }), tickMs);
    return () => clearInterval(timer);
  }, [speed, stopped, send]);
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3" disabled={stopped}>
      <legend className="px-1 font-semibold">Simulated time</legend>
      <p className="text-sm text-slate-700">
        <time dateTime={now} data-testid="simulated-time">
          {now.replace('T', ' ').replace('Z', ' UTC')}
        </time>{' '}
        on the simulated host. Each command takes its time there, and so does yours, at this speed:
      </p>
      <div className="mt-2 flex gap-4 text-sm">
        {speeds.map((s) => (
          <label key={s.speed}>
            <input
              type="radio"
              name="clock-speed"
              checked={speed === s.speed}
              onChange={() => send({ type: 'clock-speed', speed: s.speed })}
            />{' '}
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
