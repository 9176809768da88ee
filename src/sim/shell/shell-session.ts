/**
 * What an interactive session keeps between the lines typed at the `# ` prompt, as a terminal session of
 * ksh does: variables, functions, options, the current directory and `$?`. just-bash forgets all but the
 * variables between runs, so each input is preceded by a prelude that puts the rest back.
 */
import type { StatementNode } from 'just-bash';
import type { CommandResult } from '../command-result';
import { type FunctionDefNode, literalWord, setStatus, simpleCommand, statement } from './ast-nodes';
import { kshStderr } from './ksh-messages';
import { TRAP_VARIABLE_PREFIX } from './ksh-trap';
import type { FileSnapshot } from './shell-files';
import { limitsInAdminWords } from './shell-limits';

/** What an interactive session (or a script run step by step) keeps between inputs. */
export interface Session {
  env: Record<string, string>;
  cwd: string;
  lastStatus: number;
  /** `set` arguments restoring the options (`-e -o pipefail`). */
  options: string;
  functions: Map<string, FunctionDefNode>;
  /** Variables given a width by `typeset -L/-R/-Z` (name -> `L15`), see ksh-typeset.ts. */
  widths: Map<string, string>;
  closed: boolean;
  /** A terminal session (true) or a script run step by step (false): errors end a script. */
  interactive: boolean;
}

/** Everything a session needs to put the shell back as it was (plain JSON). */
export interface ShellState {
  env: Record<string, string>;
  cwd: string;
  lastStatus: number;
  options: string;
  functions: FunctionDefNode[];
  widths: Record<string, string>;
  files: FileSnapshot[];
  closed: boolean;
}

export function newSession(env: Record<string, string>, cwd: string, interactive: boolean): Session {
  return {
    env,
    cwd,
    lastStatus: 0,
    options: '',
    functions: new Map(),
    widths: new Map(),
    closed: false,
    interactive,
  };
}

/** The session as plain JSON, with the files the caller snapshots. */
export function sessionState(session: Session, files: FileSnapshot[]): ShellState {
  return {
    env: { ...session.env },
    cwd: session.cwd,
    lastStatus: session.lastStatus,
    options: session.options,
    functions: [...session.functions.values()],
    widths: Object.fromEntries(session.widths),
    files,
    closed: session.closed,
  };
}

/** The interactive session a saved state describes. */
export function sessionFromState(state: ShellState): Session {
  return {
    env: { ...state.env },
    cwd: state.cwd,
    lastStatus: state.lastStatus,
    options: state.options,
    functions: new Map(state.functions.map((f) => [f.name, f])),
    widths: new Map(Object.entries(state.widths)),
    closed: state.closed,
    interactive: true,
  };
}

/** A child session of a session (its variables and directory, no traps), for a script run. */
export function childSession(parent: Session): Session {
  return newSession(withoutTraps(parent.env), parent.cwd, false);
}

export const SHELL_HAS_EXITED: CommandResult = {
  stdout: '',
  stderr: 'ksh: the shell has exited; open a new session to type more commands.\n',
  exitCode: 1,
};

/**
 * AIX's echo (ksh's builtin and /usr/bin/echo) interprets backslash escapes: `echo "a\tb\c"` prints a
 * tab and no newline. just-bash does that with bash's xpg_echo option, set at the start of every run.
 */
export const AIX_ECHO = statement([simpleCommand('shopt', [literalWord('-s'), literalWord('xpg_echo')])]);

/** Functions, options and `$?` of the session, re-established before the next input runs. */
export function restorePrelude(session: Session): StatementNode[] {
  const prelude = [AIX_ECHO, ...[...session.functions.values()].map((f) => statement([f]))];
  const setArgs = session.options.split(' ').filter(Boolean).map(literalWord);
  if (setArgs.length) prelude.push(statement([simpleCommand('set', setArgs)]));
  // A fresh run starts with `$?` 0; setting it costs a subshell, so only a failure is carried over.
  if (session.lastStatus !== 0) prelude.push(setStatus(session.lastStatus));
  return prelude;
}

/** ksh's wording on stderr, and `$?` remembered for the next input. */
export function finish(session: Session, result: CommandResult): CommandResult {
  const finished = {
    stdout: result.stdout,
    stderr: limitsInAdminWords(kshStderr(result.stderr)),
    exitCode: result.exitCode,
  };
  session.lastStatus = finished.exitCode;
  return finished;
}

/** A child shell starts without its parent's traps (ksh resets them for a new shell). */
export function withoutTraps(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith(TRAP_VARIABLE_PREFIX)));
}

/** `set -o` names of the options an interactive session carries to its next line (not xtrace, see README). */
const KEPT_OPTIONS = ['errexit', 'nounset', 'noglob', 'noclobber', 'allexport', 'pipefail'];

/** The `set` arguments that restore the options $SHELLOPTS lists (`-o errexit -o pipefail`). */
export function optionsToKeep(shellopts: string): string {
  return shellopts
    .split(':')
    .filter((o) => KEPT_OPTIONS.includes(o))
    .map((o) => `-o ${o}`)
    .join(' ');
}
