/**
 * date [+Format]: the simulated clock, in UTC, in AIX's default layout (`Wed Nov 25 14:05:09 UTC 2026`)
 * or a format of the conversions scripts use for log names and stamps (%Y %m %d %H %M %S %y %b %a %j %T
 * %D %Z %s %e %n %t %%). Setting the date is refused: time belongs to the simulation.
 */
import { fail, ok } from '../command-result';
import type { SimCommand } from './command';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

const two = (n: number) => String(n).padStart(2, '0');

/** One strftime conversion of a UTC date, or null for a letter the simulator does not know. */
function convert(letter: string, d: Date, seconds: number): string | null {
  switch (letter) {
    case 'Y':
      return String(d.getUTCFullYear());
    case 'y':
      return two(d.getUTCFullYear() % 100);
    case 'm':
      return two(d.getUTCMonth() + 1);
    case 'd':
      return two(d.getUTCDate());
    case 'e':
      return String(d.getUTCDate()).padStart(2, ' ');
    case 'H':
      return two(d.getUTCHours());
    case 'M':
      return two(d.getUTCMinutes());
    case 'S':
      return two(d.getUTCSeconds());
    case 'b':
    case 'h':
      return MONTHS[d.getUTCMonth()];
    case 'a':
      return DAYS[d.getUTCDay()];
    case 'j':
      return String(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(
        3,
        '0',
      );
    case 'T':
      return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    case 'D':
      return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}`;
    case 'Z':
      return 'UTC';
    case 's':
      return String(Math.floor(seconds));
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    default:
      return null;
  }
}

/** Formats simulated seconds since the epoch with a strftime-style format; null for an unknown conversion. */
export function formatDate(seconds: number, format: string): string | null {
  const d = new Date(seconds * 1000);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      out += format[i];
      continue;
    }
    const text = convert(format[++i] ?? '', d, seconds);
    if (text === null) return null;
    out += text;
  }
  return out;
}

export const date: SimCommand = {
  name: 'date',
  run(args, ctx) {
    const operands = args[0] === '-u' ? args.slice(1) : args;
    if (operands.length > 1 || (operands.length === 1 && !operands[0].startsWith('+'))) {
      return fail('date: The simulated clock cannot be set; the date moves with the simulation.\n');
    }
    const format = operands[0]?.slice(1) ?? DEFAULT_FORMAT;
    const text = formatDate(ctx.world.now(), format);
    if (text === null)
      return fail(`date: The format ${format} has a conversion the simulator does not know.\n`);
    return ok(`${text}\n`);
  },
};
