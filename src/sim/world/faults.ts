/**
 * Injected faults (issue 10): "this command, at its n-th call, fails the way it fails on AIX or on the
 * storage". Plain data kept in the world, so snapshots, restores and the worker protocol carry them. The
 * world only counts calls and records what fired; what a fault prints is the command's own business
 * (src/sim/faults).
 */

/** One armed fault: `command` (an AIX command, or a storage CLI command such as mkflash) fails at its `call`-th call. */
export interface Fault {
  command: string;
  /** Which call fails, counted from 1 from the moment the fault is armed. */
  call: number;
  /** The failure mode (src/sim/faults/kinds.ts); the command's first mode when absent. */
  kind?: string;
}

/** A fault that fired: which command, at which call, with which failure mode, when and where. */
export interface FiredFault {
  command: string;
  call: number;
  kind: string;
  /** The words the command was called with. */
  args: string[];
  /** Simulated seconds since the epoch. */
  time: number;
  host: string;
}

export interface FaultState {
  armed: Fault[];
  /** Calls of each command with an armed fault, counted since it was armed. */
  calls: Record<string, number>;
  fired: FiredFault[];
}

export function noFaults(): FaultState {
  return { armed: [], calls: {}, fired: [] };
}

/** Arms a fault; counting for its command starts again from this moment. */
export function armFault(state: FaultState, fault: Fault): void {
  state.armed.push({ ...fault });
  state.calls[fault.command] = 0;
}

/**
 * Counts one call of `command` and returns the armed fault due at this call (taken off the armed list),
 * or undefined. Commands with no armed fault are not counted, so arming counts from now.
 */
export function takeFault(state: FaultState, command: string): Fault | undefined {
  if (!state.armed.some((f) => f.command === command)) return undefined;
  const call = (state.calls[command] ?? 0) + 1;
  state.calls[command] = call;
  const at = state.armed.findIndex((f) => f.command === command && f.call === call);
  if (at < 0) return undefined;
  const [fault] = state.armed.splice(at, 1);
  return fault;
}
