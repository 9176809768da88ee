/**
 * just-bash 3.4's grep keeps only the last `-e` pattern (`grep -c -e a -e b` counts only b). AIX grep,
 * like every POSIX grep, matches any of them; admins write `grep -e active -e open` out of habit. A
 * newline-separated pattern list means the same thing to POSIX grep and just-bash handles it, so the
 * patterns are joined into one `-e`.
 */

/** grep's short options that take a value (the value may be glued on: `-m1`, `-epattern`). */
const TAKES_VALUE = new Set(['e', 'f', 'm', 'A', 'B', 'C', 'd', 'D']);

/** The arguments with several `-e`/`--regexp` patterns merged into one; others are left as they are. */
export function mergeGrepPatterns(args: string[]): string[] {
  const patterns: string[] = [];
  const rest: string[] = [];
  let firstPatternAt = -1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('--regexp=')) {
      if (firstPatternAt < 0) firstPatternAt = rest.length;
      patterns.push(arg.slice('--regexp='.length));
      continue;
    }
    if (arg === '--regexp' && i + 1 < args.length) {
      if (firstPatternAt < 0) firstPatternAt = rest.length;
      patterns.push(args[++i]);
      continue;
    }
    if (!/^-[^-]/.test(arg)) {
      rest.push(arg);
      continue;
    }
    // A cluster such as -ie PATTERN or -ve PATTERN: flags up to the first option that takes a value.
    let flags = '-';
    let consumed = false;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (!TAKES_VALUE.has(flag)) {
        flags += flag;
        continue;
      }
      const value = arg.slice(j + 1) || args[++i];
      if (flag === 'e') {
        if (firstPatternAt < 0) firstPatternAt = rest.length + (flags.length > 1 ? 1 : 0);
        patterns.push(value ?? '');
      } else {
        if (flags.length > 1) rest.push(flags);
        flags = '-';
        rest.push(`-${flag}`, value ?? '');
      }
      consumed = true;
      break;
    }
    if (flags.length > 1) rest.push(flags);
    else if (!consumed) rest.push(arg);
  }
  if (patterns.length === 0) return args;
  rest.splice(firstPatternAt, 0, '-e', patterns.join('\n'));
  return rest;
}
