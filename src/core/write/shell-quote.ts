/**
 * Quoting for the generated ksh: every value from the runbook goes into the script in single quotes, so
 * no name can run shell code even if it slipped past the checks (a ' is written as '\'').
 */

/** One word, single-quoted for ksh88 and POSIX sh. */
export function shq(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Several words, each quoted, separated by spaces. */
export function shWords(values: readonly string[]): string {
  return values.map(shq).join(' ');
}

/** A text for a `#` comment: one line, no control characters. */
export function commentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/**
 * A word list: each word quoted, eight to a line with `\` continuations, so a VG of a thousand disks
 * gives a loop of a few hundred short lines rather than a thousand copies of the loop body.
 */
export function shList(values: readonly string[], indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += 8) lines.push(shWords(values.slice(i, i + 8)));
  return lines.join(` \\\n${indent}    `);
}

/**
 * The head of a loop over quoted words: `set --` then `for VAR in "$@"` (a `for` over one literal word
 * is flagged by shellcheck, SC2041; the function's own arguments are not used by the generated steps).
 */
export function forEachWord(variable: string, values: readonly string[], indent: string): string[] {
  return [`set -- ${shList(values, indent)}`, `for ${variable} in "$@"; do`];
}
