/**
 * dscli, the DS8000 command-line interface as a host command: single-shot (`dscli [connection options]
 * command parameters`), script mode (`dscli -script FILE`), or commands read from standard input (a
 * here-document), as in interactive mode. In the default (non-script) modes each command's output starts with
 * the Date/Time banner line unless it has `-bnr off`; script mode prints no banners. In script and
 * standard-input mode the first failing command ends the run with its exit code (docs/aix-behaviour.md 18.1).
 */
import { type CommandResult, ok } from '../../command-result';
import { dsBannerDate } from '../clock-format';
import { runStorageCommand, type StorageCommand, type StorageCommandContext } from '../command-types';
import { syntaxError } from './args';
import { chvolgrp } from './chvolgrp';
import { chsession } from './chsession';
import { lssession } from './lssession';
import { mkgmir } from './mkgmir';
import { mksession } from './mksession';
import { pausegmir } from './pausegmir';
import { resumegmir } from './resumegmir';
import { reverseflash } from './reverseflash';
import { rmgmir } from './rmgmir';
import { showgmir } from './showgmir';
import { failbackpprc } from './failbackpprc';
import { failoverpprc } from './failoverpprc';
import { freezepprc } from './freezepprc';
import { lsfbvol } from './lsfbvol';
import { lsflash } from './lsflash';
import { lspprc } from './lspprc';
import { lssi } from './lssi';
import { lspprcpath } from './lspprcpath';
import { lsvolgrp } from './lsvolgrp';
import { dsSyntax } from './messages';
import { mkfbvol } from './mkfbvol';
import { mkflash } from './mkflash';
import { mkpprc } from './mkpprc';
import { mkpprcpath } from './mkpprcpath';
import { pausepprc } from './pausepprc';
import { resumepprc } from './resumepprc';
import { resyncflash } from './resyncflash';
import { rmflash } from './rmflash';
import { rmpprc } from './rmpprc';
import { showvolgrp } from './showvolgrp';
import { unfreezeflash } from './unfreezeflash';
import { unfreezepprc } from './unfreezepprc';

/** The DS CLI commands the simulator knows, by name. */
export const dscliCommands: readonly StorageCommand[] = [
  mkflash,
  lsflash,
  rmflash,
  unfreezeflash,
  resyncflash,
  reverseflash,
  mkpprcpath,
  lspprcpath,
  mkpprc,
  lspprc,
  pausepprc,
  resumepprc,
  rmpprc,
  freezepprc,
  unfreezepprc,
  failoverpprc,
  failbackpprc,
  mksession,
  chsession,
  lssession,
  mkgmir,
  pausegmir,
  resumegmir,
  rmgmir,
  showgmir,
  lssi,
  lsfbvol,
  mkfbvol,
  lsvolgrp,
  showvolgrp,
  chvolgrp,
];

/** Connection options: they name the HMC, profile and credentials, which the simulated box does not check. */
const CONNECTION_OPTIONS = new Set(['-cfg', '-hmc1', '-hmc2', '-user', '-passwd', '-pwfile']);

const DSCLI_VERSION = '7.9.50.64';

function banner(args: string[], ctx: StorageCommandContext): string {
  const devAt = args.indexOf('-dev');
  const dev = (devAt >= 0 ? args[devAt + 1] : undefined) ?? ctx.storage.images[0];
  return `Date/Time: ${dsBannerDate(ctx.now())} IBM DSCLI Version: ${DSCLI_VERSION} DS: ${dev}\n`;
}

/** Flags that ask a command for its help instead of running it. */
const HELP_FLAGS = new Set(['-h', '-help', '-?']);

/** `help` lists the commands; `help command` (or `command -h`) prints its syntax. */
function help(topic: string | undefined): CommandResult {
  if (topic === undefined)
    return ok(
      `${dscliCommands
        .map((c) => c.name)
        .sort()
        .join('\n')}\n`,
    );
  const command = dscliCommands.find((c) => c.name === topic);
  return command ? ok(`${command.usage}\n`) : syntaxError(dsSyntax.unknownCommand(topic));
}

/** Runs one DS CLI command line (already split into words), under the banner unless told otherwise. */
function runOne(words: string[], ctx: StorageCommandContext, withBanner: boolean): CommandResult {
  const [name, ...args] = words;
  if (name === 'help') return help(args[0]);
  const command = dscliCommands.find((c) => c.name === name);
  if (!command) return syntaxError(dsSyntax.unknownCommand(name ?? ''));
  if (args.some((arg) => HELP_FLAGS.has(arg))) return help(name);
  const result = runStorageCommand(command, args, ctx);
  const bnrAt = args.indexOf('-bnr');
  const quiet = !withBanner || (bnrAt >= 0 && args[bnrAt + 1] === 'off');
  return quiet ? result : { ...result, stdout: banner(args, ctx) + result.stdout };
}

/** Runs command lines in order, stopping at the first failure; `quit` / `exit` end the run. */
function runLines(lines: string[], ctx: StorageCommandContext, withBanner: boolean): CommandResult {
  let stdout = '';
  let stderr = '';
  for (const line of lines) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0]!.startsWith('#')) continue;
    if (words[0] === 'quit' || words[0] === 'exit') break;
    const result = runOne(words, { ...ctx, stdin: '' }, withBanner);
    stdout += result.stdout;
    stderr += result.stderr;
    if (result.exitCode !== 0) return { stdout, stderr, exitCode: result.exitCode };
  }
  return { stdout, stderr, exitCode: 0 };
}

export const dscli: StorageCommand = {
  name: 'dscli',
  usage:
    'dscli [-cfg profile] [-hmc1 HMC] [-user user_name] [-passwd password | -pwfile file] ' +
    '[-script file | command [parameters]]',
  run(args, ctx) {
    let index = 0;
    let script: string | undefined;
    while (index < args.length && (CONNECTION_OPTIONS.has(args[index]!) || args[index] === '-script')) {
      const value = args[index + 1];
      if (value === undefined) return syntaxError(dsSyntax.missingValue('dscli', args[index]!));
      if (args[index] === '-script') script = value;
      index += 2;
    }
    const words = args.slice(index);
    if (script !== undefined) {
      const text = ctx.readFile?.(script);
      if (text === undefined) return syntaxError(dsSyntax.noScriptFile(script));
      return runLines(text.split('\n'), ctx, false);
    }
    if (words.length > 0) return runOne(words, ctx, true);
    return runLines((ctx.stdin ?? '').split('\n'), ctx, true);
  },
};
