/**
 * Fault injection at the command seam, so a rehearsal meets the failures real AIX and storage produce: a host
 * command with failure modes is wrapped so that, at the armed call, it prints what AIX prints for that
 * failure and changes nothing; storage CLI commands get the same through their context's `fault` hook. Each
 * firing is recorded in the world (`world.faults.fired`) so a rehearsal shows "injected fault fired at ..."
 * beside the real output.
 */
import type { CommandResult } from '../command-result';
import type { SimCommand } from '../commands/command';
import { storageFaultResult } from '../storage/fault';
import { type Fault, takeFault } from '../world/faults';
import type { World } from '../world/world';

function record(world: World, fault: Fault, kind: string, args: string[]): void {
  world.faults.fired.push({
    command: fault.command,
    call: fault.call,
    kind,
    args: [...args],
    time: world.now(),
    host: world.currentHost,
  });
}

/** The command, failing at an armed call in its own ways (`command.faults`); as is when it has none. */
export function withFaults(command: SimCommand): SimCommand {
  const modes = command.faults;
  if (!modes) return command;
  return {
    ...command,
    run(args, ctx) {
      if (command.faultable && !command.faultable(args, ctx)) return command.run(args, ctx);
      const fault = takeFault(ctx.world.faults, command.name);
      if (!fault) return command.run(args, ctx);
      const kind = fault.kind ?? Object.keys(modes)[0]!;
      const result = modes[kind];
      // Faults are checked when armed (src/sim/faults/kinds.ts): an unknown kind here is a bug.
      if (!result) throw new Error(`${command.name} has no failure mode ${kind}`);
      record(ctx.world, fault, kind, args);
      return result(args, ctx);
    },
  };
}

/** The storage side's hook: the CLI's refusal when a fault is due at this call of a storage command. */
export function storageFault(world: World, command: string, args: string[]): CommandResult | undefined {
  const fault = takeFault(world.faults, command);
  if (!fault) return undefined;
  record(world, fault, fault.kind ?? 'cli-error', args);
  return storageFaultResult(world.storage.flavour, command, args);
}
