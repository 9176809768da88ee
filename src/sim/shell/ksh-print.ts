/**
 * ksh's `print` builtin (ksh88/ksh93): like echo, but with options that scripts rely on: `-n` (no
 * newline), `-r`/`-R` (no backslash escapes), `-u N` (to file descriptor N: `-u2` is the usual way to
 * write to stderr), `-s` (to the history file, i.e. nowhere here) and `--` / `-` to end the options.
 */
import type { CommandResult } from '../command-result';

export function print(args: string[]): CommandResult {
  let newline = true;
  let raw = false;
  let unit = 1;
  let history = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (!/^-[nrRsu0-9ep]+$/.test(arg)) break;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (flag === 'n') newline = false;
      else if (flag === 'r' || flag === 'R') raw = true;
      else if (flag === 'e') raw = false;
      else if (flag === 's') history = true;
      else if (flag === 'p') return { stdout: '', stderr: 'ksh: print: no query process\n', exitCode: 1 };
      else if (flag === 'u') {
        const rest = arg.slice(j + 1) || args[++i] || '';
        if (!/^[0-9]$/.test(rest))
          return { stdout: '', stderr: `ksh: print: ${rest}: bad file unit number\n`, exitCode: 1 };
        unit = Number(rest);
        break;
      } else return { stdout: '', stderr: `ksh: print: ${arg}: unknown option\n`, exitCode: 2 };
    }
  }
  let text = args.slice(i).join(' ');
  if (!raw) {
    const expanded = expandEscapes(text);
    text = expanded.text;
    if (expanded.stop) newline = false;
  }
  if (newline) text += '\n';
  if (history) return { stdout: '', stderr: '', exitCode: 0 };
  if (unit === 1) return { stdout: text, stderr: '', exitCode: 0 };
  if (unit === 2) return { stdout: '', stderr: text, exitCode: 0 };
  return { stdout: '', stderr: `ksh: print: ${unit}: bad file unit number\n`, exitCode: 1 };
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** ksh's escapes; `\c` ends the output there, without the newline. */
function expandEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch !== '\\' || next === undefined) {
      out += ch;
    } else if (next === 'c') {
      return { text: out, stop: true };
    } else if (next === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 2))?.[0] ?? '';
      out += String.fromCharCode(Number.parseInt(digits || '0', 8));
      i += 1 + digits.length;
    } else if (ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
      i++;
    } else {
      out += ch;
    }
  }
  return { text: out, stop: false };
}
