/** A stand-in world for the shell's own tests: a clock and one file the world owns. */
import type { ShellCommand } from '../shell-command';
import { SimShell, type SimShellOptions } from '../sim-shell';

export interface FakeWorld {
  seconds: number;
  filesystems: string;
}

/** `tick N` advances the clock; `fsname` prints the world's /etc/filesystems head; `args` echoes its input. */
const fakeCommands: ShellCommand<FakeWorld>[] = [
  {
    name: 'tick',
    run: (args, ctx) => {
      ctx.world.seconds += Number(args[0] ?? 1);
      return { stdout: '', stderr: '', exitCode: 0 };
    },
  },
  {
    name: 'rename-fs',
    run: (args, ctx) => {
      ctx.world.filesystems = `${args[0]}:\n\tdev = /dev/fslv00\n`;
      return { stdout: '', stderr: '', exitCode: 0 };
    },
  },
  {
    name: 'args',
    run: (args, ctx) => ({
      stdout: `${args.length}:${args.join('|')} stdin=${JSON.stringify(ctx.stdin)}\n`,
      stderr: '',
      exitCode: 0,
    }),
  },
];

export function fakeShell(options: Partial<SimShellOptions<FakeWorld>> = {}): {
  shell: SimShell<FakeWorld>;
  world: FakeWorld;
} {
  const world: FakeWorld = { seconds: 0, filesystems: '/data:\n\tdev = /dev/datalv\n' };
  const shell = new SimShell<FakeWorld>({
    world,
    commands: fakeCommands,
    syncedFiles: [
      {
        path: '/etc/filesystems',
        read: () => world.filesystems,
        write: (text) => {
          world.filesystems = text;
        },
      },
    ],
    simulatedSeconds: () => world.seconds,
    ...options,
  });
  return { shell, world };
}

/** Runs lines one at a time at the prompt and returns the transcript. */
export async function typeLines(shell: SimShell<FakeWorld>, lines: string[]): Promise<string> {
  let out = '';
  for (const line of lines) {
    const r = await shell.run(line);
    out += `# ${line}\n${r.stdout}${r.stderr}${r.exitCode ? `[${r.exitCode}]\n` : ''}`;
  }
  return out;
}
