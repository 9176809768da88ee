/**
 * ksh's fixed-width variables: `typeset -L15 fs` (left-justified in 15 columns), `-R10` (right),
 * `-Z5` / `-RZ5` (right, zero-filled), `-LZ5` (leading zeros stripped, then left). AIX scripts use them
 * to line up report columns. just-bash has no such attribute, so the width is applied when the variable
 * is read: every plain `$fs` / `${fs}` of a name declared so becomes `$(__sim_justify L15 "$fs")`. What a
 * script prints is the same as under ksh; `${#fs}` still gives the unpadded length.
 */
import type { StatementNode, WordNode } from 'just-bash';
import { literalWord, quotedVariable, simpleCommand, statement, staticText } from './ast-nodes';

export const JUSTIFY_COMMAND = '__sim_justify';

const WIDTH_FLAG = /^-(L|R|Z|RZ|LZ)(\d+)$/;

/** Names given a width by `typeset -L/-R/-Z N name...` anywhere in the statements (name -> `L15`). */
export function justifiedNames(statements: StatementNode[], known: ReadonlyMap<string, string> = new Map()) {
  const names = new Map(known);
  visit(statements, (node) => {
    if (node.type !== 'SimpleCommand' || staticText(node.name as WordNode | null) !== 'typeset') return;
    const args = (node.args as WordNode[]).map((a) => staticText(a) ?? '');
    const flag = args.map((a) => WIDTH_FLAG.exec(a)).find((m) => m);
    if (!flag) return;
    for (const arg of args)
      if (/^[A-Za-z_]\w*(=|$)/.test(arg)) names.set(arg.split('=')[0], `${flag[1]}${flag[2]}`);
  });
  return names;
}

/** The statements with width flags dropped from `typeset` and each read of a justified name wrapped. */
export function applyWidths(
  statements: StatementNode[],
  names: ReadonlyMap<string, string>,
): StatementNode[] {
  if (names.size === 0) return statements;
  return rebuild(statements, names) as StatementNode[];
}

function rebuild(node: unknown, names: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rebuild(n, names));
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (
    record.type === 'ParameterExpansion' &&
    record.operation === null &&
    names.has(String(record.parameter))
  ) {
    const name = String(record.parameter);
    const read = simpleCommand(JUSTIFY_COMMAND, [literalWord(names.get(name) ?? ''), quotedVariable(name)]);
    return {
      type: 'CommandSubstitution',
      body: { type: 'Script', statements: [statement([read])] },
      legacy: false,
    };
  }
  const copy = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, rebuild(v, names)]));
  if (copy.type === 'SimpleCommand' && staticText(copy.name as WordNode | null) === 'typeset') {
    copy.args = (copy.args as WordNode[]).filter((a) => !WIDTH_FLAG.test(staticText(a) ?? ''));
  }
  return copy;
}

function visit(node: unknown, see: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const n of node) visit(n, see);
  else if (node && typeof node === 'object') {
    see(node as Record<string, unknown>);
    for (const v of Object.values(node)) visit(v, see);
  }
}

/** ksh's justification of a value to a width (`L15`, `R10`, `Z5`, `RZ5`, `LZ5`). */
export function justify(spec: string, value: string): string {
  const match = /^(L|R|Z|RZ|LZ)(\d+)$/.exec(spec);
  if (!match) return value;
  const [, kind, digits] = match;
  const width = Number(digits);
  if (kind === 'L' || kind === 'LZ') {
    const text = kind === 'LZ' ? value.trimStart().replace(/^0+(?=.)/, '') : value.trimStart();
    return text.slice(0, width).padEnd(width, ' ');
  }
  const text = value.trimEnd();
  const zeros = kind !== 'R' && /^\s*\d/.test(text);
  const body = zeros ? text.trimStart() : text;
  return body.slice(Math.max(0, body.length - width)).padStart(width, zeros ? '0' : ' ');
}
