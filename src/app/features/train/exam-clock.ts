/**
 * What the exam's timer says, and what it announces: the visible countdown changes every second, but a
 * screen reader hears only the moments that matter (the limit at the start, 10, 5 and 1 minutes left,
 * time up), so the live region's text changes only then (WCAG 2.2.1: the trainee is warned before time
 * runs out).
 */

/** Remaining time as m:ss (h:mm:ss past an hour). */
export function countdown(secondsLeft: number): string {
  const s = Math.max(0, Math.ceil(secondsLeft));
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** The live region's text at `secondsLeft` of an exam of `limitSeconds`. */
export function examAnnouncement(secondsLeft: number, limitSeconds: number): string {
  if (secondsLeft <= 0) return 'Time is up: the exam is graded as it stands.';
  const warning = [1, 5, 10].find((m) => secondsLeft <= m * 60 && limitSeconds > m * 60);
  return warning
    ? `${minutes(warning)} left.`
    : `The exam has started: ${minutes(Math.round(limitSeconds / 60))}.`;
}
