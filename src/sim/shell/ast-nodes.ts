/**
 * Small builders and readers for just-bash's syntax tree, so the Korn-shell rewrites read as shell
 * rather than as object literals. Only types are imported: the tree is plain data.
 */
import type { CommandNode, PipelineNode, SimpleCommandNode, StatementNode, WordNode } from 'just-bash';

export type FunctionDefNode = Extract<CommandNode, { type: 'FunctionDef' }>;
export type GroupNode = Extract<CommandNode, { type: 'Group' }>;

/** A word holding literal text. */
export function literalWord(text: string): WordNode {
  return { type: 'Word', parts: [{ type: 'Literal', value: text }] };
}

/** A word holding text exactly as given: no splitting, no globbing (`'text'`). */
export function quotedWord(text: string): WordNode {
  return { type: 'Word', parts: [{ type: 'SingleQuoted', value: text }] };
}

type ParameterOperation = Extract<WordNode['parts'][number], { type: 'ParameterExpansion' }>['operation'];

/** A word `"$NAME"`: the variable's value as one argument; with an operation, `"${NAME:-...}"` and the like. */
export function quotedVariable(name: string, operation: ParameterOperation = null): WordNode {
  return {
    type: 'Word',
    parts: [{ type: 'DoubleQuoted', parts: [{ type: 'ParameterExpansion', parameter: name, operation }] }],
  };
}

export function simpleCommand(name: string, args: WordNode[], line?: number): SimpleCommandNode {
  return { type: 'SimpleCommand', assignments: [], name: literalWord(name), args, redirections: [], line };
}

function pipeline(command: CommandNode): PipelineNode {
  return { type: 'Pipeline', commands: [command], negated: false };
}

/** A statement of one or more commands joined by `&&` / `||`. */
export function statement(commands: CommandNode[], operators: ('&&' | '||')[] = []): StatementNode {
  return { type: 'Statement', pipelines: commands.map(pipeline), operators, background: false };
}

/** `NAME=value` as a statement of its own. */
export function assignVariable(name: string, value: WordNode): StatementNode {
  const command: SimpleCommandNode = {
    type: 'SimpleCommand',
    assignments: [{ type: 'Assignment', name, value, append: false, array: null }],
    name: null,
    args: [],
    redirections: [],
  };
  return statement([command]);
}

/** `(exit N) && :` sets `$?` to N without tripping `set -e` (`&&` makes the failure expected). */
export function setStatus(status: number): StatementNode {
  const subshell: CommandNode = {
    type: 'Subshell',
    body: [statement([simpleCommand('exit', [literalWord(String(status))])])],
    redirections: [],
  };
  return statement([subshell, simpleCommand(':', [])], ['&&']);
}

/**
 * The text of a word when it has no expansion in it (`exit`, `'exit'`, `\exit`), else null: only such
 * words name a command the rewrites can recognise before the script runs.
 */
export function staticText(word: WordNode | null): string | null {
  if (!word) return null;
  let text = '';
  for (const part of word.parts) {
    if (part.type === 'Literal' || part.type === 'SingleQuoted' || part.type === 'Escaped')
      text += part.value;
    else return null;
  }
  return text;
}

/** Whether any literal piece of the word contains `/` (the command is a path, such as `./run.sh`). */
export function hasLiteralSlash(word: WordNode | null): boolean {
  return !!word?.parts.some((part) => part.type === 'Literal' && part.value.includes('/'));
}

/** The one command of a statement that is exactly one simple command or function definition. */
export function soleCommand(node: StatementNode): CommandNode | null {
  if (node.pipelines.length !== 1 || node.pipelines[0].commands.length !== 1) return null;
  return node.pipelines[0].commands[0];
}

/**
 * The command with each of its statement lists mapped (an if's conditions and bodies, a loop's
 * condition and body, each case item, a group's or subshell's body); other commands as they are.
 */
export function withStatementLists<T extends CommandNode>(
  command: T,
  map: (list: StatementNode[]) => StatementNode[],
): T {
  const node = command as CommandNode;
  switch (node.type) {
    case 'If':
      return {
        ...node,
        clauses: node.clauses.map((c) => ({ condition: map(c.condition), body: map(c.body) })),
        elseBody: node.elseBody ? map(node.elseBody) : null,
      } as T;
    case 'For':
    case 'CStyleFor':
    case 'Group':
    case 'Subshell':
      return { ...node, body: map(node.body) } as T;
    case 'While':
    case 'Until':
      return { ...node, condition: map(node.condition), body: map(node.body) } as T;
    case 'Case':
      return { ...node, items: node.items.map((item) => ({ ...item, body: map(item.body) })) } as T;
    default:
      return command;
  }
}
