/**
 * The just-bash interpreter as the simulated host's root shell: AIX root's variables, a process id of
 * AIX's size, the commands registered, the limits set, and a transform plugin through which the shell
 * hands it the syntax tree it prepared (parsed, rewritten, a prelude added) instead of text.
 */
import { Bash, type StatementNode, type TransformPlugin } from 'just-bash';
import type { Executor } from './just-bash-context';
import type { ShellLimits } from './shell-limits';

/** AIX root's login variables, under the interpreter's own. */
export const ROOT_ENV: Record<string, string> = {
  HOME: '/',
  PATH: '/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin:/bin',
  SHELL: '/usr/bin/ksh',
  LOGNAME: 'root',
  USER: 'root',
  PS1: '# ',
  '0': 'ksh',
};

/** The just-bash transform hook: swaps in the statements the shell prepared for the next execution. */
export class PreparedStatements implements TransformPlugin {
  readonly name = 'vgcopy-ksh';
  private next: StatementNode[] | null = null;

  arm(statements: StatementNode[]): void {
    this.next = statements;
  }

  transform(context: Parameters<TransformPlugin['transform']>[0]): ReturnType<TransformPlugin['transform']> {
    const next = this.next;
    this.next = null;
    return next ? { ast: { ...context.ast, statements: next } } : { ast: context.ast };
  }
}

export interface InterpreterOptions {
  /** The run's wall-clock deadline in milliseconds (just-bash counts it from the start, waits included). */
  wallMs: number;
  limits: ShellLimits;
  commands: NonNullable<ConstructorParameters<typeof Bash>[0]>['customCommands'];
  plugin: PreparedStatements;
  /** The files of another interpreter, to share them; else a new file system with these files. */
  fs?: Bash['fs'];
  files?: Record<string, string>;
}

export function createInterpreter(options: InterpreterOptions): Bash {
  const { limits } = options;
  const bash = new Bash({
    cwd: '/',
    ...(options.fs ? { fs: options.fs } : { files: options.files }),
    // root, and a process id of AIX's size for $$ (log names like /tmp/refresh.$$).
    processInfo: { pid: 20316, ppid: 1, uid: 0, gid: 0 },
    env: ROOT_ENV,
    customCommands: options.commands,
    executionLimits: {
      maxExecutionTimeMs: options.wallMs,
      maxOutputSize: limits.maxOutputBytes,
      maxCommandCount: limits.maxCommands,
      maxLoopIterations: limits.maxLoopIterations,
      maxSourceBytes: limits.maxScriptBytes,
    },
  });
  bash.registerTransformPlugin(options.plugin);
  return bash;
}

/** The interpreter at the top level; `stdin` is what a `read` there gets (a script step's answers). */
export function topLevel(bash: Bash, stdin = ''): Executor {
  return (env, cwd) => bash.exec(':', { env, replaceEnv: true, cwd, rawScript: true, stdin });
}
