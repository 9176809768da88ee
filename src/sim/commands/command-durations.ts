/**
 * How long commands take on a real host, for a rehearsal in which time moves (the Rehearse page): each
 * command lets its time pass on the simulated clock after it ran, so a freeze timeout counts the
 * script's own steps, not only the pauses. Plausible figures, not measured: configuration and VGDA work
 * takes seconds (cfgmgr scans every adapter; recreatevg rewrites each disk's VGDA), a DS CLI call
 * a couple of seconds (dscli starts a Java client and logs in), reading commands next to nothing.
 */
import type { ShellCommand } from '../shell/shell-command';
import type { World } from '../world/world';

const SECONDS: Readonly<Record<string, number>> = {
  cfgmgr: 20,
  recreatevg: 15,
  importvg: 10,
  varyonvg: 5,
  varyoffvg: 3,
  exportvg: 2,
  fsck: 5,
  logredo: 2,
  mount: 1,
  umount: 1,
  chfs: 1,
  chdev: 1,
  rmdev: 1,
  sync: 1,
  dscli: 2,
  svctask: 1,
};

/** Simulated seconds a command takes (0 for one that only reads). */
export function commandSeconds(name: string): number {
  return SECONDS[name] ?? 0;
}

/** The commands, each letting its time pass on the world's clock once it has run. */
export function timedCommands(commands: readonly ShellCommand<World>[]): ShellCommand<World>[] {
  return commands.map((command) => {
    const seconds = commandSeconds(command.name);
    if (seconds === 0) return command;
    return {
      name: command.name,
      async run(args, ctx) {
        const result = await command.run(args, ctx);
        ctx.world.advance(seconds);
        return result;
      },
    };
  });
}
