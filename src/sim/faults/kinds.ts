/**
 * Which commands can be made to fail, and how: an AIX command's failure modes are the `faults`
 * of its file under src/sim/commands; every DS CLI and SVC CLI command has the storage's refusal
 * (`cli-error`). `checkFault` is the one validation for scenario files, the command line and the worker.
 */
import { findCommand, simCommands } from '../commands/registry';
import { dscliCommands } from '../storage/dscli/dscli';
import { STORAGE_FAULT_KINDS } from '../storage/fault';
import { svcCommands } from '../storage/svc/svc-commands';
import type { Fault } from '../world/faults';

const storageNames = new Set([...dscliCommands, ...svcCommands].map((c) => c.name));

/** The failure modes of a command, the default first; empty when it cannot be made to fail. */
export function faultKinds(command: string): readonly string[] {
  if (storageNames.has(command)) return STORAGE_FAULT_KINDS;
  return Object.keys(findCommand(command)?.faults ?? {});
}

/** Every command that can be made to fail, with its failure modes (for help texts and pickers). */
export function faultableCommands(): { command: string; kinds: readonly string[] }[] {
  const host = simCommands.filter((c) => c.faults).map((c) => c.name);
  return [...host, ...storageNames].sort().map((command) => ({ command, kinds: faultKinds(command) }));
}

/** What is wrong with a fault, in words naming it, or null when it can be armed. */
export function checkFault(fault: Fault): string | null {
  const kinds = faultKinds(fault.command);
  if (kinds.length === 0) return `the simulator cannot make ${fault.command} fail`;
  if (!Number.isInteger(fault.call) || fault.call < 1)
    return `the call of ${fault.command} to fail is a whole number from 1, not ${fault.call}`;
  if (fault.kind !== undefined && !kinds.includes(fault.kind))
    return `${fault.command} cannot fail as ${fault.kind}: its failure modes are ${kinds.join(', ')}`;
  return null;
}

/** Reads `COMMAND[:N[:KIND]]` (the --fail flag): the fault, or what is wrong with the text. */
export function parseFault(text: string): { ok: true; fault: Fault } | { ok: false; error: string } {
  const [command = '', call = '1', kind, ...rest] = text.split(':');
  if (rest.length > 0 || !/^[0-9]+$/.test(call))
    return { ok: false, error: `--fail ${text}: give COMMAND, COMMAND:N or COMMAND:N:KIND` };
  const fault: Fault = { command, call: Number(call), ...(kind ? { kind } : {}) };
  const problem = checkFault(fault);
  return problem ? { ok: false, error: `--fail ${text}: ${problem}` } : { ok: true, fault };
}
