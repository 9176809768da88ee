/**
 * Rewrites of a parsed script that give just-bash the Korn-shell behaviour AIX scripts rely on:
 * - `exit` runs the EXIT trap first (ksh runs it on exit, then exits with the same status);
 * - `integer x` is `typeset -i x` (ksh's predefined alias);
 * - `whence name` / `whence -v name` answer like `command -v` / `type`;
 * - `read name?prompt` reads into `name` (ksh shows the prompt only to an interactive terminal);
 * - `"$@"` as the command word runs the first argument with the rest as its arguments;
 * - `case` and `[[ == ]]` patterns keep quoted characters literal and read `[!a]` (`ksh-patterns.ts`);
 * - a command given as a path (`./refresh.sh`, `/usr/sbin/cfgmgr`) runs through the shell's own loader,
 *   so scripts in the virtual file system get the same traps and rewrites;
 * - each function definition (and each `. file`) is followed by a marker, so the shell can keep
 *   functions between lines.
 * The rewrites work on statements only: `exit` inside `( )`, a pipeline or `$( )` leaves a subshell, so
 * it stays the plain builtin there and runs no trap, as in ksh.
 */
import type { CommandNode, SimpleCommandNode, StatementNode, WordNode } from 'just-bash';
import {
  type FunctionDefNode,
  type GroupNode,
  hasLiteralSlash,
  literalWord,
  quotedVariable,
  simpleCommand,
  soleCommand,
  staticText,
  statement,
  withStatementLists,
} from './ast-nodes';
import { kshCase, kshCondition } from './ksh-patterns';

/** Names of the shell's internal commands and variables (they start with `__sim_` / `__SIM_`). */
export const INTERNAL = {
  exitPrepare: '__sim_exit',
  functionDefined: '__sim_fn',
  sourced: '__sim_sourced',
  lineStatus: '__SIM_LINE_STATUS',
  execPath: '__sim_exec_path',
  trapToRun: '__SIM_TRAP_RUN',
  exitStatus: '__SIM_EXIT_STATUS',
} as const;

/** Where the rewrite keeps the function definitions it marks, so markers can name them by number. */
export interface FunctionRegistry {
  register(node: FunctionDefNode): number;
}

/** Rewrites a list of statements (a script, or the body of a compound command). */
export function rewriteStatements(
  statements: StatementNode[],
  functions: FunctionRegistry,
  inSubshell = false,
): StatementNode[] {
  const out: StatementNode[] = [];
  for (const node of statements) {
    const rewritten: StatementNode = {
      ...node,
      pipelines: node.pipelines.map((p) => ({
        ...p,
        commands: p.commands.map((c) => rewriteCommand(c, functions, inSubshell || p.commands.length > 1)),
      })),
    };
    out.push(rewritten);
    const sole = soleCommand(rewritten);
    if (sole?.type === 'FunctionDef' && !inSubshell) {
      out.push(
        statement([simpleCommand(INTERNAL.functionDefined, [literalWord(String(functions.register(sole)))])]),
      );
    }
    // `. file` defines the file's functions in this shell: the marker records them too.
    const dot = sole?.type === 'SimpleCommand' ? staticText(sole.name) : null;
    if ((dot === '.' || dot === 'source') && sole?.type === 'SimpleCommand' && sole.args[0] && !inSubshell) {
      out.push(statement([simpleCommand(INTERNAL.sourced, [sole.args[0]])]));
    }
  }
  return out;
}

function rewriteCommand(command: CommandNode, functions: FunctionRegistry, inSubshell: boolean): CommandNode {
  const body = (list: StatementNode[], sub = inSubshell) => rewriteStatements(list, functions, sub);
  switch (command.type) {
    case 'SimpleCommand':
      return rewriteSimple(command, inSubshell);
    case 'FunctionDef':
      // A function body runs in its caller's shell, so `exit` there ends the script.
      return { ...command, body: rewriteCommand(command.body, functions, false) as FunctionDefNode['body'] };
    case 'Case':
      return kshCase(withStatementLists(command, (list) => body(list)));
    case 'ConditionalCommand':
      return { ...command, expression: kshCondition(command.expression) };
    case 'Subshell':
      return withStatementLists(command, (list) => body(list, true));
    default:
      return withStatementLists(command, (list) => body(list));
  }
}

function rewriteSimple(command: SimpleCommandNode, inSubshell: boolean): CommandNode {
  const name = staticText(command.name);
  if (name === 'exit' && !inSubshell) return exitWithTrap(command.args, command.line);
  if (name === 'integer')
    return { ...command, name: literalWord('typeset'), args: [literalWord('-i'), ...command.args] };
  if (name === 'whence') return whence(command);
  if (name === 'read') return { ...command, args: command.args.map(dropReadPrompt) };
  if (isQuotedAllArgs(command.name))
    return { ...command, name: firstArg(), args: [restArgs(), ...command.args] };
  if (name !== INTERNAL.execPath && hasLiteralSlash(command.name) && command.name) {
    return { ...command, name: literalWord(INTERNAL.execPath), args: [command.name, ...command.args] };
  }
  return command;
}

/**
 * `exit [n]` becomes `{ __sim_exit "$?" [n] && :; eval "$__SIM_TRAP_RUN"; exit "$__SIM_EXIT_STATUS"; }`.
 * `__sim_exit` fixes the status, takes the EXIT trap off (it runs once) and returns the status, so the
 * trap sees it in `$?`; `&& :` keeps `set -e` from firing on it.
 */
export function exitWithTrap(args: WordNode[], line?: number): GroupNode {
  const prepare = simpleCommand(INTERNAL.exitPrepare, [quotedVariable('?'), ...args], line);
  return {
    type: 'Group',
    line,
    redirections: [],
    body: [
      statement([prepare, simpleCommand(':', [], line)], ['&&']),
      statement([simpleCommand('eval', [quotedVariable(INTERNAL.trapToRun)], line)]),
      statement([simpleCommand('exit', [quotedVariable(INTERNAL.exitStatus)], line)]),
    ],
  };
}

/** ksh's `whence` prints how a name would run: `whence -v` is bash's `type`, plain `whence` is `command -v`. */
function whence(command: SimpleCommandNode): CommandNode {
  const verbose = command.args.some((a) => /^-[a-z]*v/.test(staticText(a) ?? ''));
  const names = command.args.filter((a) => !(staticText(a) ?? '').startsWith('-'));
  return verbose
    ? { ...command, name: literalWord('type'), args: names }
    : { ...command, name: literalWord('command'), args: [literalWord('-v'), ...names] };
}

/**
 * `read answer?"Continue? "` reads into `answer`: the text after `?` is ksh's prompt. The parser may
 * split the word at the `?` (it looks like a glob), so the name is the literal text before it.
 */
function dropReadPrompt(word: WordNode): WordNode {
  let name = '';
  for (const part of word.parts) {
    const text = part.type === 'Literal' ? part.value : part.type === 'Glob' ? part.pattern : null;
    if (text === null || text.startsWith('-')) return word;
    if (text.includes('?')) return literalWord(name + text.slice(0, text.indexOf('?')));
    name += text;
  }
  return word;
}

/** Whether the word is exactly `"$@"`. */
function isQuotedAllArgs(word: WordNode | null): boolean {
  const only = word?.parts.length === 1 ? word.parts[0] : null;
  const inner = only?.type === 'DoubleQuoted' && only.parts.length === 1 ? only.parts[0] : null;
  return inner?.type === 'ParameterExpansion' && inner.parameter === '@' && inner.operation === null;
}

/**
 * `"$@"` as the command word: ksh runs `$1` with `$2`... as its arguments (nothing at all when there are
 * none), but just-bash joins the words into one command name. `${1+"$1"} "${@:2}"` is the same command
 * in words just-bash splits as ksh does: no word when `$1` is unset, then each further argument.
 */
function firstArg(): WordNode {
  return {
    type: 'Word',
    parts: [
      {
        type: 'ParameterExpansion',
        parameter: '1',
        operation: { type: 'UseAlternative', word: quotedVariable('1'), checkEmpty: false },
      },
    ],
  };
}

function restArgs(): WordNode {
  return {
    type: 'Word',
    parts: [
      {
        type: 'DoubleQuoted',
        parts: [
          {
            type: 'ParameterExpansion',
            parameter: '@',
            operation: {
              type: 'Substring',
              offset: {
                type: 'ArithmeticExpression',
                expression: { type: 'ArithNumber', value: 2 },
                originalText: '2',
              },
              length: null,
            },
          },
        ],
      },
    ],
  };
}
