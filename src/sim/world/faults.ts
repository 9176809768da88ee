/**
 * Injected faults: this command, at its n-th call, fails the way it fails on AIX or on the storage. Plain
 * data kept in the world, so snapshots, restores and the worker protocol carry them. The world only counts
 * calls and records what fired; what a fault prints is the command's own business (src/sim/faults).
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

/** An armed fault and how many calls of its command had been counted when it was armed. */
interface ArmedFault extends Fault {
  after: number;
}

export interface FaultState {
  armed: ArmedFault[];
  /** Calls of each command counted while a fault for it was armed (never reset: each fault keeps its start). */
  calls: Record<string, number>;
  fired: FiredFault[];
}

export function noFaults(): FaultState {
  return { armed: [], calls: {}, fired: [] };
}

/** Arms a fault: its `call` counts the command's calls from this moment, whatever else is armed. */
export function armFault(state: FaultState, fault: Fault): void {
  const after = state.calls[fault.command] ?? 0;
  state.calls[fault.command] = after;
  state.armed.push({ ...fault, after });
}

/**
 * Counts one call of `command` and returns the armed fault due at this call (taken off the armed list),
 * or undefined. Only commands with an armed fault are counted.
 */
export function takeFault(state: FaultState, command: string): Fault | undefined {
  if (!state.armed.some((f) => f.command === command)) return undefined;
  const call = (state.calls[command] ?? 0) + 1;
  state.calls[command] = call;
  const at = state.armed.findIndex((f) => f.command === command && call - f.after === f.call);
  if (at < 0) return undefined;
  const [{ after: _after, ...fault }] = state.armed.splice(at, 1);
  return fault;
}
