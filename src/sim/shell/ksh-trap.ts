/**
 * ksh's `trap`: the handlers live in shell variables (`__SIM_TRAP_EXIT`, `__SIM_TRAP_ERR`, ...), so a
 * subshell inherits a copy and cannot change its parent's traps, exactly as with real ksh. The shell runs
 * the EXIT handler on `exit`, at the end of a script and after an error under `set -e` (ERR first).
 * INT, HUP, QUIT and TERM are accepted and kept: nothing in the simulator sends signals.
 */
import { shq } from '../../core/shell-quote';
import type { CommandResult } from '../command-result';

/** The conditions `trap` accepts, by every name and number ksh takes for them. */
const CONDITIONS: Record<string, TrapCondition> = {
  EXIT: 'EXIT',
  '0': 'EXIT',
  ERR: 'ERR',
  HUP: 'HUP',
  '1': 'HUP',
  INT: 'INT',
  '2': 'INT',
  QUIT: 'QUIT',
  '3': 'QUIT',
  TERM: 'TERM',
  '15': 'TERM',
};

export type TrapCondition = 'EXIT' | 'ERR' | 'HUP' | 'INT' | 'QUIT' | 'TERM';

/** Trap handlers are shell variables named with this prefix and the condition. */
export const TRAP_VARIABLE_PREFIX = '__SIM_TRAP_';

/** The shell variable holding the handler for a condition. */
export function trapVariable(condition: TrapCondition): string {
  return `${TRAP_VARIABLE_PREFIX}${condition}`;
}

const LISTING_ORDER: TrapCondition[] = ['EXIT', 'HUP', 'INT', 'QUIT', 'TERM', 'ERR'];

/** Runs `trap [-p] | trap ACTION CONDITION...` against the shell's variables. */
export function trap(args: string[], env: Map<string, string>): CommandResult {
  const operands = args[0] === '--' ? args.slice(1) : args;
  if (operands.length === 0 || (operands.length === 1 && operands[0] === '-p')) {
    const lines = LISTING_ORDER.filter((c) => env.has(trapVariable(c))).map(
      (c) => `trap -- ${shq(env.get(trapVariable(c)) ?? '')} ${c}\n`,
    );
    return { stdout: lines.join(''), stderr: '', exitCode: 0 };
  }
  if (operands.length === 1) {
    return { stdout: '', stderr: 'ksh: trap: usage: trap [-p] [action condition ...]\n', exitCode: 2 };
  }
  const [action, ...names] = operands;
  const unknown = names.find((n) => !CONDITIONS[n.toUpperCase().replace(/^SIG/, '')]);
  if (unknown !== undefined) return { stdout: '', stderr: `ksh: trap: ${unknown}: bad trap\n`, exitCode: 1 };
  for (const name of names) {
    const variable = trapVariable(CONDITIONS[name.toUpperCase().replace(/^SIG/, '')]);
    if (action === '-') env.delete(variable);
    else env.set(variable, action);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}
