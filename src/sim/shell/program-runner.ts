/**
 * Runs prepared programs in the interpreter: a script in a child shell (positional parameters, rewrites,
 * the EXIT trap at its end), and after an error under `set -e` the ERR then EXIT handlers. The EXIT trap
 * runs inside the script on `exit` and at the end (a rewritten `exit`); after an error the interpreter has
 * stopped, so the handlers run in a second pass with the variables and functions the script had.
 */
import type { BashExecResult, StatementNode } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { literalWord, quotedWord, setStatus, simpleCommand, statement } from './ast-nodes';
import type { Executor } from './just-bash-context';
import { exitWithTrap, rewriteStatements } from './ksh-rewrite';
import { trapVariable } from './ksh-trap';
import { applyWidths, justifiedNames } from './ksh-typeset';
import type { Frame, RunFrames } from './run-frames';
import type { ShellFileSystem } from './shell-files';
import type { PreparedStatements } from './shell-interpreter';
import type { ShellParser } from './shell-parser';
import { AIX_ECHO, withoutTraps } from './shell-session';

/** A script's name for `$0` and messages, and its arguments. */
export interface ScriptName {
  name?: string;
  args?: string[];
}

export class ProgramRunner {
  constructor(
    /** The shell's files now (a restored state brings new ones). */
    private readonly files: () => ShellFileSystem,
    private readonly plugin: PreparedStatements,
    private readonly frames: RunFrames,
    private readonly parser: ShellParser,
  ) {}

  /**
   * Runs a program in `frame`: the world's files written first, the script's edits to them handed back
   * after.
   */
  async execute(
    program: StatementNode[],
    frame: Frame,
    executor: Executor,
    env: Record<string, string>,
    cwd: string,
  ): Promise<BashExecResult> {
    const files = this.files();
    await files.refreshFromWorld();
    this.plugin.arm(program);
    try {
      return await this.frames.within(frame, () => executor(env, cwd));
    } finally {
      await files.takeEditsToWorld();
    }
  }

  /** Runs a script in a child shell: positional parameters, rewrites, the EXIT trap at its end. */
  async runChild(
    text: string,
    script: ScriptName,
    setFlags: string[],
    executor: Executor,
    env: Record<string, string>,
    cwd: string,
  ): Promise<CommandResult> {
    const name = script.name ?? 'ksh';
    const parsed = this.parser.parse(text, name);
    if ('error' in parsed) return fail((await this.parser.explainSyntaxError(text, name)) ?? parsed.error, 2);
    const frame: Frame = { functions: new Map(), exited: false };
    const program = [
      AIX_ECHO,
      statement([simpleCommand('set', ['--', ...(script.args ?? [])].map(quotedWord))]),
      ...(setFlags.length ? [statement([simpleCommand('set', setFlags.map(literalWord))])] : []),
      ...rewriteStatements(applyWidths(parsed.statements, justifiedNames(parsed.statements)), this.frames),
      statement([exitWithTrap([])]),
    ];
    const result = await this.execute(program, frame, executor, { ...withoutTraps(env), '0': name }, cwd);
    if (frame.exited) return result;
    return this.afterAbnormalEnd(result, frame, executor, cwd);
  }

  /**
   * After the interpreter stopped on an error (`set -e`, `set -u`, a limit), runs the ERR then EXIT
   * handlers the script had set, with its variables and functions, as ksh does before it exits.
   */
  async afterAbnormalEnd(
    result: BashExecResult,
    frame: Frame,
    executor: Executor,
    cwd: string,
  ): Promise<CommandResult> {
    const env = { ...result.env };
    const handlers = [
      result.exitCode !== 0 ? env[trapVariable('ERR')] : undefined,
      env[trapVariable('EXIT')],
    ].filter((h): h is string => !!h);
    delete env[trapVariable('EXIT')];
    delete env[trapVariable('ERR')];
    if (handlers.length === 0) return result;
    const program = [AIX_ECHO, ...[...frame.functions.values()].map((f) => statement([f]))];
    for (const handler of handlers) {
      const parsed = this.parser.parse(handler, 'trap');
      if ('error' in parsed) return concat(result, fail(parsed.error, result.exitCode));
      // Each handler sees the status the script failed with in `$?`.
      program.push(setStatus(result.exitCode), ...rewriteStatements(parsed.statements, this.frames));
    }
    program.push(statement([simpleCommand('exit', [literalWord(String(result.exitCode))])]));
    const handlerFrame: Frame = { functions: frame.functions, exited: false };
    const handled = await this.execute(program, handlerFrame, executor, env, env.PWD ?? cwd);
    return concat(result, handled);
  }
}

function concat(first: BashExecResult, second: CommandResult): CommandResult {
  return {
    stdout: first.stdout + second.stdout,
    stderr: first.stderr + second.stderr,
    exitCode: second.exitCode,
  };
}
