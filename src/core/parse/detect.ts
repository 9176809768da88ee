/**
 * Which command printed a paste: from the command line when the admin copied the prompt too
 * (`# lsvg -l datavg`), else from the output's shape (headers, columns). One paste box per page.
 */
import { parsers } from './registry';
import { type Line, toLines } from './text';
import type { OutputKind } from './types';

export interface Detected {
  kind: OutputKind;
  /** The command's argument where the command line shows it (the disk of `lsattr -El hdisk4`). */
  arg?: string;
}

/** The commands vgcopy reads, at the start of what was typed (`cat` for /etc/filesystems). */
const commandName = /(?:lspv|lsvg|lsfs|lslv|lsdev|lsattr|lsps|oslevel|instfix|hostname|mount|cat)(?:\s|$)/y;

/**
 * What a prompt ends with: `#` (root's default), `$`, `>` (`aix:root /> `), `%`, and `]` for the
 * bracketed prompts admins set in PS1 (`[host:root:/:] `).
 */
const promptEnds = new Set(['#', '$', '>', '%', ']']);

/** A command line: the prompt as printed ('' when none was copied) and the command typed after it. */
export interface TypedCommand {
  prompt: string;
  command: string;
}

/**
 * The prompt and command of a line holding one of the commands vgcopy reads: any text ending in a
 * prompt character, then the command (`[root@host logs]# lspv`, `<host>, root, /etc # lspv`,
 * `user on host:/home/user $ lspv`), or the command alone. The first place where a known command
 * follows a prompt character wins, so a `>` later in the command (a redirection) stays in it.
 * A scan in code, not one expression: `.*[#$>%]\s*` before the command backtracks over every
 * prompt character of a long line.
 */
export function typedCommandOf(text: string): TypedCommand | null {
  const line = text.trim();
  for (let at = 0; at < line.length; at++) {
    if (at > 0 && !promptEnds.has(line[at - 1])) continue;
    let start = at;
    while (line[start] === ' ' || line[start] === '\t') start++;
    commandName.lastIndex = start;
    if (!commandName.test(line)) continue;
    const command = line.slice(start);
    if (kindOfCommand(command)) return { prompt: line.slice(0, at).trim(), command };
  }
  return null;
}

/** A shell prompt and a command: "# varyoffvg datavg", "root@aix01:/> lspv", or a prompt alone ("#"). */
export function isPromptLine(text: string): boolean {
  return /^[^\s#$>%]*[#$>%](?:\s*[a-z]\S*(?:\s.*)?)?$/.test(text.trim());
}

/** The command typed on a prompt line, or null when the line is output. */
export function commandOfLine(text: string): string | null {
  return typedCommandOf(text)?.command ?? null;
}

/** The output kind of a command line (`lsvg -l datavg` -> lsvg-lvs, datavg), or null for others. */
export function kindOfCommand(command: string): Detected | null {
  const words = command.trim().split(/\s+/);
  const [name, ...args] = words;
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const operands = args.filter((a) => !a.startsWith('-'));
  const arg = operands[operands.length - 1];
  const withArg = (kind: OutputKind): Detected => (arg === undefined ? { kind } : { kind, arg });
  switch (name) {
    case 'lspv':
      return operands.length === 0 ? { kind: 'lspv' } : withArg('lspv-disk');
    case 'lsvg':
      if (flags.includes('l')) return withArg('lsvg-lvs');
      if (flags.includes('p')) return withArg('lsvg-pvs');
      if (flags.includes('o')) return { kind: 'lsvg-active' };
      return operands.length === 0 ? { kind: 'lsvg' } : withArg('lsvg-status');
    case 'lsfs':
      return { kind: 'lsfs' };
    case 'lslv':
      return flags.includes('l') ? withArg('lslv-pvs') : null;
    case 'lsdev':
      return /disk/.test(command) ? { kind: 'lsdev-disk' } : null;
    case 'lsattr': {
      // The device follows -l (`lsattr -El hdisk4 -a unique_id`).
      const device = args[args.findIndex((a) => /^-\w*l$/.test(a)) + 1];
      if (!/-\w*E/.test(command)) return null;
      return device === undefined || device.startsWith('-')
        ? { kind: 'lsattr-disk' }
        : { kind: 'lsattr-disk', arg: device };
    }
    case 'oslevel':
      return { kind: 'oslevel' };
    case 'instfix':
      return { kind: 'instfix' };
    case 'hostname':
      return { kind: 'hostname' };
    case 'mount':
      return operands.length === 0 ? { kind: 'mount' } : null;
    case 'lsps':
      return flags.includes('a') ? { kind: 'lsps' } : null;
    default:
      return command.includes('/etc/filesystems') ? { kind: 'etc-filesystems' } : null;
  }
}

/** The collector's first line: `==== vgcopy-collect FORMAT VGNAME` (public/vgcopy-collect.sh). */
/** The collector's first line: its format and the VG it was run for (the VGs of a copy set, in order). */
export const collectorHeader = /^==== vgcopy-collect (\d+) (\S+(?: \S+)*)$/;

/** Recognises lines by shape alone. */
export function detectLines(lines: readonly Line[]): Detected | null {
  const parser = parsers.find((p) => p.looksLike([...lines]));
  return parser ? { kind: parser.kind } : null;
}

/**
 * Which command's output a pasted text is: by its command line if the paste starts with one, else
 * by shape. A bare list of words reads as `lsvg` (`lsvg -o` looks the same: paste its command line).
 */
export function detectOutput(text: string): Detected | null {
  const lines = toLines(text);
  if (collectorHeader.test(lines[0]?.text ?? '')) return { kind: 'collector' };
  const command = lines.length > 0 ? commandOfLine(lines[0].text) : null;
  if (command) return kindOfCommand(command);
  return detectLines(lines);
}
