/**
 * The output of a script run with a terminal, shown as it is written. While a `read` waits for a person
 * (terminal-read.ts), what the script printed before it must already be on the terminal: the storage
 * admin's commands, the question. just-bash returns a run's output only when the run ends, so in such a
 * run every command whose output would reach the terminal appends it to a file of the run instead
 * (`>>"${__SIM_TTY_OUT:-/dev/stdout}"`, the same for stderr), and a wait hands over what is new there.
 *
 * `exec >>FILE` would be simpler, but just-bash applies it inside pipelines and `$( )` as well. So the
 * redirections are placed where output reaches the terminal, as the shell's grammar says:
 * - the last command of a pipeline (the others write into the pipe), but not inside `$( )` or `<( )`;
 * - not inside a compound command whose own output is redirected (`{ ...; } >file`);
 * - a function body always: whether its output reaches the terminal is known only where it is called,
 *   so a call that does not reach it clears the variable for the call (`__SIM_TTY_OUT= f`), and `$( )`
 *   clears it first thing (it runs in a subshell, so the caller keeps it).
 * A command's own redirections come after the added ones, so `>"$OUT" 2>&1` still wins.
 */
import type { CommandNode, SimpleCommandNode, StatementNode } from 'just-bash';

type RedirectionNode = SimpleCommandNode['redirections'][number];
import { assignVariable, literalWord, quotedVariable, staticText, withStatementLists } from './ast-nodes';
import { readFromTerminal } from './terminal-read';

export const TERMINAL_OUTPUT_VARIABLES = { stdout: '__SIM_TTY_OUT', stderr: '__SIM_TTY_ERR' } as const;

/** Where output reaches the terminal at a point of the script. */
interface Reaches {
  stdout: boolean;
  stderr: boolean;
}

/**
 * Builtins whose prefix assignments stay in the shell after them (POSIX special builtins, and typeset):
 * they get none, so a cleared variable does not outlive the command.
 */
const SPECIAL = new Set([
  ':',
  '.',
  'break',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'readonly',
  'return',
  'set',
  'shift',
  'times',
  'trap',
  'unset',
  'typeset',
  'local',
  'source',
]);

/**
 * The statements of a run with a terminal: their output going where a wait can read it, and each
 * `read` of the terminal waiting for a person's line (terminal-read.ts).
 */
export function outputToTerminal(statements: StatementNode[]): StatementNode[] {
  return inStatements(clearedInSubstitutions(statements), { stdout: true, stderr: true });
}

function inStatements(list: StatementNode[], reaches: Reaches): StatementNode[] {
  return list.map((s) => ({
    ...s,
    pipelines: s.pipelines.map((p) => ({
      ...p,
      commands: p.commands.map((c, i) =>
        inCommand(c, i < p.commands.length - 1 ? { ...reaches, stdout: false } : reaches),
      ),
    })),
  }));
}

function inCommand(command: CommandNode, reaches: Reaches): CommandNode {
  if (command.type === 'SimpleCommand') {
    // A read prints nothing; what matters is where it reads from.
    return staticText(command.name) === 'read' ? readFromTerminal(command) : inSimple(command, reaches);
  }
  if (command.type === 'FunctionDef') {
    return {
      ...command,
      body: inCommand(command.body, { stdout: true, stderr: true }) as typeof command.body,
    };
  }
  const inner = narrowed(reaches, command.redirections);
  return withStatementLists(command, (list) => inStatements(list, inner));
}

function inSimple(command: SimpleCommandNode, reaches: Reaches): SimpleCommandNode {
  const name = staticText(command.name);
  if (command.name === null || name === 'exec' || name?.startsWith('__sim_')) return command;
  const added: RedirectionNode[] = [];
  const cleared: SimpleCommandNode['assignments'] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    const variable = TERMINAL_OUTPUT_VARIABLES[stream];
    if (reaches[stream]) {
      added.push({
        type: 'Redirection',
        fd: stream === 'stdout' ? null : 2,
        operator: '>>',
        target: quotedVariable(variable, {
          type: 'DefaultValue',
          word: literalWord(`/dev/${stream}`),
          checkEmpty: true,
        }),
      });
    } else if (!SPECIAL.has(name ?? '')) {
      cleared.push({
        type: 'Assignment',
        name: variable,
        value: literalWord(''),
        append: false,
        array: null,
      });
    }
  }
  return {
    ...command,
    assignments: [...command.assignments, ...cleared],
    redirections: [...added, ...command.redirections],
  };
}

/** Where output reaches inside a compound command with redirections of its own. */
function narrowed(reaches: Reaches, redirections: RedirectionNode[]): Reaches {
  let { stdout, stderr } = reaches;
  for (const r of redirections) {
    if (r.operator === '&>' || r.operator === '&>>') {
      stdout = false;
      stderr = false;
    } else if (/^>/.test(r.operator) || r.operator === '<>') {
      if (r.fd === null || r.fd === 1) stdout = false;
      if (r.fd === 2) stderr = false;
    }
  }
  return { stdout, stderr };
}

/** Every `$( )` and `<( )` of the tree starts by clearing the stdout variable (their output is captured). */
function clearedInSubstitutions<T>(node: T): T {
  if (Array.isArray(node)) return node.map(clearedInSubstitutions) as T;
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, clearedInSubstitutions(value)]),
  ) as Record<string, unknown>;
  if (copy.type === 'CommandSubstitution' || copy.type === 'ProcessSubstitution') {
    const body = copy.body as { statements: StatementNode[] };
    copy.body = {
      ...body,
      statements: [assignVariable(TERMINAL_OUTPUT_VARIABLES.stdout, literalWord('')), ...body.statements],
    };
  }
  return copy as T;
}
