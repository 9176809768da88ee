/**
 * Runs one simple command line (`name arg arg`) against a world with the registry's commands, without
 * a shell: for scenario setup steps and tests that drive commands directly. Words split on blanks;
 * single and double quotes group words. Anything more (pipes, variables) needs the shell (src/sim/shell).
 */
import { type CommandResult, fail } from './command-result';
import { findCommand } from './commands/registry';
import { noFiles } from './scenarios/create-world';
import type { ShellFiles } from './shell/shell-command';
import type { World } from './world/world';

/** Splits a line into words the way a shell would for plain words and quotes. */
function splitWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/**
 * Runs a line's command on the world's current host, as root, or as USER for `su - USER -c 'command'`
 * (an application owner's command needs the owner's login: DB2's instance environment).
 */
export async function runCommandLine(
  world: World,
  line: string,
  files: ShellFiles = noFiles,
  env: ReadonlyMap<string, string> = new Map(),
): Promise<CommandResult> {
  const [name, ...args] = splitWords(line);
  if (!name) return { stdout: '', stderr: '', exitCode: 0 };
  if (name === 'su' && args.length === 4 && args[0] === '-' && args[2] === '-c')
    return runCommandLine(world, args[3], files, new Map([['LOGNAME', args[1]]]));
  const command = findCommand(name);
  if (!command) return fail(`ksh: ${name}:  not found.\n`, 127);
  return command.run(args, { stdin: '', env, cwd: '/', world, files });
}
