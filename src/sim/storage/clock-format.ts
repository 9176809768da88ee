/**
 * Dates as the storage CLIs print them, from simulated seconds (UTC: the simulated boxes keep UTC).
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const two = (n: number) => String(n).padStart(2, '0');

/** DS CLI banner date: `July 14, 2026 10:15:02 AM UTC`. */
export function dsBannerDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const hour = d.getUTCHours();
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${clock} ${hour < 12 ? 'AM' : 'PM'} UTC`;
}

/** DS CLI report date (lsflash -l DateCreated): `Tue Jul 14 10:15:02 UTC 2026`. */
export function dsReportDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const month = MONTHS[d.getUTCMonth()]!.slice(0, 3);
  return `${DAYS[d.getUTCDay()]} ${month} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** SVC start_time: `YYMMDDHHMMSS`. */
export function svcTimestamp(seconds: number): string {
  const d = new Date(seconds * 1000);
  return [
    d.getUTCFullYear() % 100,
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ]
    .map(two)
    .join('');
}
