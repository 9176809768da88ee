/**
 * The commands the rewrites insert (ksh-rewrite.ts, ksh-typeset.ts): `exit` made to run the EXIT trap,
 * a function definition recorded, the functions of a `. file` recorded, a `typeset -L/-R/-Z` value
 * justified. Each records into the frame of the run in progress (run-frames.ts).
 */
import { defineCommand } from 'just-bash';
import { fail } from '../command-result';
import { INTERNAL, rewriteStatements } from './ksh-rewrite';
import { trapVariable } from './ksh-trap';
import { JUSTIFY_COMMAND, justify } from './ksh-typeset';
import type { RunFrames } from './run-frames';
import type { ShellFileSystem } from './shell-files';
import type { ShellParser } from './shell-parser';

export function kshMarkers(frames: RunFrames, parser: ShellParser, files: () => ShellFileSystem) {
  return [
    defineCommand(INTERNAL.exitPrepare, async (args, ctx) => {
      const [lastStatus, requested] = args;
      const status = requested === undefined ? Number(lastStatus) : Number.parseInt(requested, 10) & 255;
      if (Number.isNaN(status)) return fail(`ksh: exit: ${requested}: bad number\n`, 1);
      const frame = frames.current();
      if (frame) frame.exited = true;
      const exitTrap = trapVariable('EXIT');
      ctx.env.set(INTERNAL.trapToRun, ctx.env.get(exitTrap) ?? '');
      ctx.env.delete(exitTrap);
      ctx.env.set(INTERNAL.exitStatus, String(status));
      return { stdout: '', stderr: '', exitCode: status };
    }),
    defineCommand(INTERNAL.functionDefined, async (args) => {
      const node = frames.definition(Number(args[0]));
      const frame = frames.current();
      if (node && frame) frame.functions.set(node.name, node);
      return { stdout: '', stderr: '', exitCode: 0 };
    }),
    defineCommand(INTERNAL.sourced, async (args, ctx) => {
      const text = await files()
        .view(ctx.cwd)
        .read(args[0] ?? '');
      const parsed = text === null ? null : parser.parse(text, args[0]);
      const frame = frames.current();
      if (parsed && 'statements' in parsed && frame) {
        for (const node of rewriteStatements(parsed.statements, frames)) {
          const sole = node.pipelines.length === 1 ? node.pipelines[0].commands : [];
          for (const command of sole)
            if (command.type === 'FunctionDef') frame.functions.set(command.name, command);
        }
      }
      return { stdout: '', stderr: '', exitCode: Number(ctx.env.get('?') ?? 0) };
    }),
    defineCommand(JUSTIFY_COMMAND, async (args) => ({
      stdout: justify(args[0] ?? '', args[1] ?? ''),
      stderr: '',
      exitCode: 0,
    })),
  ];
}
