/**
 * `read` from the host's terminal while a script runs: the generated script's pauses (`pause`, `confirm`)
 * wait at `read -r answer` until someone answers at the terminal, as ksh does on AIX. just-bash's `read`
 * only takes standard input given in advance, so a run with a terminal attached gets a marker as its
 * standard input, and each `read` without a redirection of its own is rewritten to
 *
 *   if __sim_tty_is; then                      # is my standard input still the terminal's marker?
 *     if __sim_tty_line; then read ARGS <<<"$__SIM_TTY_LINE"; else eval "$__SIM_TTY_AFTER"; fi
 *   else read ARGS; fi                         # a pipe, a file, a here-document: read it as always
 *
 * `__sim_tty_line` waits for the person's line (the builtin `read` then splits it, IFS and `-r` as
 * usual); at end of input the read fails, and Ctrl-C runs the INT trap (ksh's SIGINT; without one
 * the script ends with status 130, its EXIT trap run).
 *
 * While a script waits, what it printed so far is handed over to show first (terminal-output.ts).
 */
import type { CommandNode, SimpleCommandNode } from 'just-bash';
import { quotedVariable, simpleCommand, statement } from './ast-nodes';

/** What a person did at the terminal while a `read` waited. */
export type TerminalAnswer = { kind: 'line'; line: string } | { kind: 'end' } | { kind: 'interrupt' };

/** The terminal of a script run: where a `read` of the script waits for a person's line. */
export interface TerminalInput {
  /** A `read` waits: `written` is what the run wrote since it last waited, to show before the wait. */
  read(written: { stdout: string; stderr: string }): Promise<TerminalAnswer>;
}

/**
 * The standard input of a run with a terminal. An OSC sequence, so a command that prints its standard
 * input (a bare `cat`) shows nothing on the terminal.
 */
export const TERMINAL_STDIN = '\x1b]vgcopy;terminal\x07\n';

/** Where a run with a terminal writes its output while it runs (removed when the run ends). */
export const TERMINAL_OUTPUT = {
  dir: '/dev/.vgcopy',
  stdout: '/dev/.vgcopy/stdout',
  stderr: '/dev/.vgcopy/stderr',
} as const;

export const TERMINAL_NAMES = {
  isTerminal: '__sim_tty_is',
  waitLine: '__sim_tty_line',
  line: '__SIM_TTY_LINE',
  after: '__SIM_TTY_AFTER',
} as const;

/** `read ARGS` as above; a read with redirections or `-u FD` does not read the terminal and stays. */
export function readFromTerminal(read: SimpleCommandNode): CommandNode {
  const fromElsewhere =
    read.redirections.length > 0 ||
    read.args.some((a) => a.parts[0]?.type === 'Literal' && /^-[a-z]*u/.test(a.parts[0].value));
  if (fromElsewhere) return read;
  const fromLine: SimpleCommandNode = {
    ...read,
    redirections: [
      { type: 'Redirection', fd: null, operator: '<<<', target: quotedVariable(TERMINAL_NAMES.line) },
    ],
  };
  return {
    type: 'If',
    line: read.line,
    redirections: [],
    clauses: [
      {
        condition: [statement([simpleCommand(TERMINAL_NAMES.isTerminal, [], read.line)])],
        body: [
          statement([
            {
              type: 'If',
              redirections: [],
              clauses: [
                {
                  condition: [statement([simpleCommand(TERMINAL_NAMES.waitLine, [], read.line)])],
                  body: [statement([fromLine])],
                },
              ],
              elseBody: [
                statement([simpleCommand('eval', [quotedVariable(TERMINAL_NAMES.after)], read.line)]),
              ],
            },
          ]),
        ],
      },
    ],
    elseBody: [statement([read])],
  };
}
