/**
 * The commands that start a child shell: `ksh FILE`, `sh FILE`, `ksh -c`, `ksh -n`, `su - USER -c`, and a
 * command named by a path (`./run.sh` runs if its mode has x; `/usr/sbin/cfgmgr` runs cfgmgr). A child
 * shell gets the exported variables, no traps, and its positional parameters.
 */
import { defineCommand } from 'just-bash';
import { type CommandResult, fail } from '../command-result';
import { decodeStdin, exportedFrom, type JustBashContext, latin1, nested } from './just-bash-context';
import { INTERNAL } from './ksh-rewrite';
import type { ProgramRunner } from './program-runner';
import type { ShellFileSystem } from './shell-files';
import type { ShellParser } from './shell-parser';

export function childShellCommands(runner: ProgramRunner, parser: ShellParser, files: () => ShellFileSystem) {
  /** `ksh [-x|-e|-u|-n] FILE ARGS`, `ksh -c 'commands'`, or a script on standard input. */
  async function ksh(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const setFlags: string[] = [];
    let checkOnly = false;
    let i = 0;
    for (; i < args.length && /^-[a-z]+$/.test(args[i]) && args[i] !== '-c'; i++) {
      for (const flag of args[i].slice(1)) {
        if (flag === 'n') checkOnly = true;
        else if ('xeuv'.includes(flag)) setFlags.push(`-${flag}`);
        else
          return fail(
            `ksh: -${flag}: unknown option\nUsage: ksh [-nxeuv] [-c command | file] [args ...]\n`,
            2,
          );
      }
    }
    let text: string;
    let name: string;
    let scriptArgs: string[];
    if (args[i] === '-c') {
      if (args[i + 1] === undefined) return fail('ksh: -c: option requires an argument\n', 2);
      text = args[i + 1];
      name = args[i + 2] ?? 'ksh';
      scriptArgs = args.slice(i + 3);
    } else if (args[i] !== undefined) {
      name = args[i];
      const read = await files().view(ctx.cwd).read(name);
      if (read === null) return fail(`ksh: ${name}: 0403-016 Cannot find or open the file.\n`, 127);
      text = read;
      scriptArgs = args.slice(i + 1);
    } else {
      text = decodeStdin(latin1(ctx.stdin));
      name = 'ksh';
      scriptArgs = [];
    }
    if (checkOnly) {
      const error = await parser.explainSyntaxError(text, name);
      return error ? fail(error, 2) : { stdout: '', stderr: '', exitCode: 0 };
    }
    return runner.runChild(
      text,
      { name, args: scriptArgs },
      setFlags,
      nested(ctx),
      exportedFrom(ctx),
      ctx.cwd,
    );
  }

  /**
   * `su - USER -c 'commands'`, as the script runs an application owner's commands: the commands in a
   * login shell of that user (LOGNAME, USER and HOME are the user's; DB2 reads its instance from the
   * owner's login). Only this non-interactive form is simulated. The usage text is plausible, not confirmed.
   */
  async function su(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const words = args[0] === '-' ? args.slice(1) : args;
    if (words.length !== 3 || words[1] !== '-c') return fail('Usage: su [-] [Name [Argument ...]]\n', 1);
    const [user, , command] = words;
    const login = { ...exportedFrom(ctx), LOGNAME: user, USER: user, HOME: `/home/${user}` };
    return runner.runChild(command, { name: 'ksh', args: [] }, [], nested(ctx), login, ctx.cwd);
  }

  /**
   * A command named by a path: a script in the virtual file system runs in a child shell if it is
   * executable; `/usr/sbin/cfgmgr` and the like run the command of that name.
   */
  async function execPath(args: string[], ctx: JustBashContext): Promise<CommandResult> {
    const [path, ...rest] = args;
    const shellFiles = files();
    const text = await shellFiles.view(ctx.cwd).read(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (text !== null && !shellFiles.isCommandStub(text)) {
      if (!(await shellFiles.isExecutable(ctx.cwd, path))) {
        return fail(`ksh: ${path}: 0403-006 Execute permission denied.\n`, 126);
      }
      return runner.runChild(text, { name: path, args: rest }, [], nested(ctx), exportedFrom(ctx), ctx.cwd);
    }
    const known = ctx.getRegisteredCommands?.().includes(name) ?? false;
    if (!known || !ctx.exec) return fail(`ksh: ${path}:  not found.\n`, 127);
    return ctx.exec(name, { cwd: ctx.cwd, args: rest, stdin: latin1(ctx.stdin), stdinKind: 'bytes' });
  }

  return [
    defineCommand('ksh', ksh),
    defineCommand('sh', ksh),
    defineCommand('su', su),
    defineCommand(INTERNAL.execPath, execPath),
  ];
}
