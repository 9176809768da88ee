/**
 * POSIX getopt as AIX commands use it: flags may be grouped (`-dl hdisk8`, `-Cc disk`), a flag's
 * parameter may be attached (`-yfcvg`) or the next word, `--` ends the flags, the first word that is
 * not a flag ends them too. Errors carry AIX libc's wording.
 */
import { msg } from '../messages';

export interface ParsedArgs {
  /** Flag letter -> its parameter, or true for a flag without one. Repeated flags keep the last value. */
  flags: Map<string, string | true>;
  /** Every parameter of a repeated flag (`lsattr -a pvid -a size`). */
  all: Map<string, string[]>;
  operands: string[];
}

export type GetoptResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

/**
 * Parses `args` against `spec` (getopt's option string: a letter followed by `:` takes a parameter).
 * On an unknown flag or a missing parameter, `error` is the line AIX's getopt prints.
 */
export function getopt(command: string, args: readonly string[], spec: string): GetoptResult {
  const flags = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i];
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    for (let j = 1; j < word.length; j++) {
      const letter = word[j];
      const at = spec.indexOf(letter);
      if (at < 0 || letter === ':') return { ok: false, error: msg('getopt.unknown', command, letter) };
      if (spec[at + 1] === ':') {
        let value = word.slice(j + 1);
        if (value === '') {
          if (i + 1 >= args.length) return { ok: false, error: msg('getopt.needs-arg', command, letter) };
          value = args[++i];
        }
        flags.set(letter, value);
        all.set(letter, [...(all.get(letter) ?? []), value]);
        break;
      }
      flags.set(letter, true);
    }
  }
  return { ok: true, args: { flags, all, operands: args.slice(i) } };
}

/** The parameter of a flag, or undefined. */
export function param(args: ParsedArgs, letter: string): string | undefined {
  const value = args.flags.get(letter);
  return typeof value === 'string' ? value : undefined;
}
