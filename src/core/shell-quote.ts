/**
 * Single quotes for ksh88 and POSIX sh, the one quoting every layer uses: the scripts put each value
 * from the runbook in one (docs/script-safety.md), a step run as another user passes its command to
 * `su -c` in one, and the simulated ksh prints trap handlers in one as `trap` does.
 */

/** One word, single-quoted: a quote inside is closed, escaped and reopened (`it's` -> `'it'\''s'`). */
export function shq(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
