/**
 * How the shell's own commands talk to just-bash: the context a custom command gets, its stdin's byte
 * string, and running a prepared program as a child shell of the command's caller.
 */
import type { BashExecResult, ByteString, defineCommand } from 'just-bash';

/** What just-bash hands a custom command besides its arguments. */
export type JustBashContext = Parameters<Parameters<typeof defineCommand>[1]>[1];

/** A runner of interpreter executions: the top-level Bash, or a command's context for nested scripts. */
export type Executor = (env: Record<string, string>, cwd: string) => Promise<BashExecResult>;

/**
 * just-bash's stdin is a latin1 byte string typed as an opaque ByteString; its converters are not in the
 * browser entry, so the string is taken as it is.
 */
export function latin1(bytes: ByteString): string {
  return bytes as unknown as string;
}

/** just-bash passes stdin as a latin1 byte string; commands get the UTF-8 text it holds. */
export function decodeStdin(bytes: string): string {
  try {
    return decodeURIComponent(escape(bytes));
  } catch {
    return bytes;
  }
}

/** Executes a prepared program through a command's context: a child shell of the caller. */
export function nested(ctx: JustBashContext): Executor {
  return async (env, cwd) => {
    if (!ctx.exec) throw new Error('just-bash gave a command no exec(): nested scripts cannot run');
    const result = await ctx.exec(':', { env, cwd, stdin: latin1(ctx.stdin), stdinKind: 'bytes' });
    return { ...result, env: result.env ?? env };
  };
}

/** The variables a child shell of the command's caller starts with: the exported ones, and its directory. */
export function exportedFrom(ctx: JustBashContext): Record<string, string> {
  return { ...ctx.exportedEnv, PWD: ctx.cwd };
}
