/**
 * AIX grep's `-p`: print the whole paragraph (lines between blank lines) around each match. Admins use
 * it to read one stanza of /etc/filesystems or one adapter of `lsattr`: `grep -p /data /etc/filesystems`.
 * just-bash's grep has no -p, so the shell splits the input into paragraphs and asks grep about each.
 */

/** grep's short options that take a value. */
const TAKES_VALUE = new Set(['e', 'f', 'm', 'A', 'B', 'C', 'd', 'D']);

/** The arguments without `-p`, or null when -p is not among the options. */
export function withoutParagraphFlag(args: string[]): string[] | null {
  let found = false;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--' || !/^-[^-]/.test(arg)) {
      out.push(...args.slice(i));
      break;
    }
    let kept = '-';
    for (let j = 1; j < arg.length; j++) {
      if (arg[j] === 'p' && !found) {
        found = true;
        continue;
      }
      kept += arg[j];
      if (TAKES_VALUE.has(arg[j])) {
        kept += arg.slice(j + 1);
        if (j + 1 === arg.length && i + 1 < args.length) {
          out.push(kept, args[++i]);
          kept = '';
        }
        break;
      }
    }
    if (kept.length > 1) out.push(kept);
  }
  return found ? out : null;
}

/** Splits grep's arguments into its options (pattern included) and the files it reads. */
export function optionsAndFiles(args: string[]): { options: string[]; files: string[] } {
  const options: string[] = [];
  let hasPatternOption = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!/^-[^-]/.test(arg) && !arg.startsWith('--')) break;
    options.push(arg);
    const last = arg.at(-1) ?? '';
    if (/^-[^-]/.test(arg)) {
      const valueAt = [...arg.slice(1)].findIndex((c) => TAKES_VALUE.has(c));
      if (valueAt >= 0 && 'ef'.includes(arg[valueAt + 1])) hasPatternOption = true;
      if (valueAt >= 0 && valueAt + 2 === arg.length && TAKES_VALUE.has(last) && i + 1 < args.length) {
        options.push(args[++i]);
      }
    }
  }
  const rest = args.slice(i);
  if (!hasPatternOption && rest.length > 0) options.push('-e', rest.shift() ?? '');
  return { options, files: rest };
}

/** The paragraphs of a text: runs of non-blank lines, each with its newline-terminated lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => `${p}\n`);
}
