/**
 * ssh to the SVC cluster, the way scripts reach the SVC CLI from an AIX host: `ssh [options]
 * [user@]cluster command args` runs one SVC command in the cluster's restricted shell; without a command, the
 * lines of standard input are run one by one (`ssh admin@svc <<EOF`). The command travels as one string that
 * the remote shell splits again, as OpenSSH does. Only an SVC cluster answers: a DS8000 world has none.
 */
import { type CommandResult, fail } from '../../command-result';
import { runStorageCommand, type StorageCommand, type StorageCommandContext } from '../command-types';
import { svcCommands, svcinfo, svctask } from './svc-commands';

/** OpenSSH options that take a value; any other letter is a flag. */
const VALUE_OPTIONS = new Set('BbcDEeFIiJLlmOopQRSWw');
const FLAG_OPTIONS = new Set('46AaCfGgKkMNnqsTtVvXxYy');

const USAGE =
  'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n' +
  '           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file] [-J destination]\n' +
  '           [-L address] [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port] [-Q query_option]\n' +
  '           [-R address] [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]] destination [command [argument ...]]\n';

const REMOTE_COMMANDS = [...svcCommands, svctask, svcinfo];

/** Index of the destination after the options, or an error result. */
function destinationIndex(args: string[]): number | CommandResult {
  let index = 0;
  while (index < args.length && args[index]!.startsWith('-') && args[index] !== '-') {
    // getopt's end of options: the next word is the destination even if it starts with "-".
    if (args[index] === '--') return index + 1 < args.length ? index + 1 : fail(USAGE, 255);
    const letters = args[index]!.slice(1);
    index += 1;
    for (let i = 0; i < letters.length; i += 1) {
      const letter = letters[i]!;
      if (VALUE_OPTIONS.has(letter)) {
        // The value is the rest of this word, or the next word.
        if (i === letters.length - 1) {
          if (index >= args.length) return fail(`option requires an argument -- ${letter}\n${USAGE}`, 255);
          index += 1;
        }
        break;
      }
      if (!FLAG_OPTIONS.has(letter)) return fail(`unknown option -- ${letter}\n${USAGE}`, 255);
    }
  }
  return index < args.length ? index : fail(USAGE, 255);
}

/** One command line in the cluster's restricted shell. */
function runRemote(line: string, ctx: StorageCommandContext): CommandResult {
  const [name, ...args] = line.trim().split(/\s+/);
  if (!name) return { stdout: '', stderr: '', exitCode: 0 };
  const command = REMOTE_COMMANDS.find((c) => c.name === name);
  if (!command) return fail(`rbash: ${name}: command not found\n`, 127);
  return runStorageCommand(command, args, ctx);
}

export const ssh: StorageCommand = {
  name: 'ssh',
  usage: USAGE.trimEnd(),
  run(args, ctx) {
    const at = destinationIndex(args);
    if (typeof at !== 'number') return at;
    const destination = args[at]!;
    const host = destination.slice(destination.indexOf('@') + 1);
    if (ctx.storage.flavour !== 'svc')
      return fail(`ssh: connect to host ${host} port 22: Connection refused\n`, 255);
    const command = args.slice(at + 1).join(' ');
    if (command.trim() !== '') return runRemote(command, { ...ctx, stdin: '' });
    let stdout = '';
    let stderr = 'Pseudo-terminal will not be allocated because stdin is not a terminal.\n';
    let exitCode = 0;
    for (const line of (ctx.stdin ?? '').split('\n')) {
      if (line.trim() === 'exit') break;
      const result = runRemote(line, { ...ctx, stdin: '' });
      stdout += result.stdout;
      stderr += result.stderr;
      exitCode = result.exitCode;
    }
    return { stdout, stderr, exitCode };
  },
};
