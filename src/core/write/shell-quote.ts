/**
 * Quoting for the generated scripts: every value from the runbook goes into a command in single quotes
 * (shq), and into a `#` comment only through `comments` (one line, no control characters), so no name
 * can run shell code even if it slipped past the schema (docs/script-safety.md).
 */
import { shq } from '../shell-quote';

/** Several words, each quoted, separated by spaces. */
export function shWords(values: readonly string[]): string {
  return values.map(shq).join(' ');
}

/** A text for a `#` comment: one line, no control characters. */
function commentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/**
 * `#` comment lines, one per text ('' gives a bare `#`). A line break in a value would end the comment
 * and make the rest a command, run even under -n and -h: each text is made one line first.
 */
export function comments(texts: readonly string[]): string[] {
  return texts.map((text) => (text ? `# ${commentText(text)}` : '#'));
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
