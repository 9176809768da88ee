/**
 * NUL characters in what a page sends (API bodies, simulator session messages). No name, password, AIX
 * value or command line holds one, and a NUL cuts a string short wherever it reaches C code (a shell, a
 * file name, a log line): a runbook name with one could read as one thing on the page and another in
 * the script's comments. Refused everywhere, by path. Pure TypeScript, so the server and the simulator
 * (in the server or in the page's Web Worker) refuse alike.
 */

/** The path (a.b.0.c) of the first string, value or key, that holds a NUL; undefined when none does. */
export function firstNulPath(value: unknown, path: readonly (string | number)[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path.join('.') || '(body)' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key];
    if (key.includes('\0')) return at.join('.');
    const found = firstNulPath(item, at);
    if (found) return found;
  }
  return undefined;
}
