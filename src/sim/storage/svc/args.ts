/**
 * SVC CLI command lines: `-param value` and `-flag` in any order, then at most one object id or name.
 * Listing commands also take `-delim C`, `-nohdr` and `-filtervalue attr=value[:attr=value]` (a trailing `*`
 * is a wildcard) (docs/aix-behaviour.md 19.1).
 */
import { type CommandResult, fail } from '../../command-result';
import type { SvcViewOptions } from '../table';
import { SVC_EXIT_ERROR, svcMessages } from './messages';

export interface SvcParamSpec {
  flags?: string[];
  values?: string[];
  /** Listing commands: -delim, -nohdr, -filtervalue. */
  listing?: boolean;
}

export interface SvcArgs {
  flags: Set<string>;
  values: Map<string, string>;
  /** The object id or name, if given. */
  object?: string;
}

export function svcError(message: string): CommandResult {
  return fail(`${message}\n`, SVC_EXIT_ERROR);
}

export function parseSvcArgs(args: string[], spec: SvcParamSpec): SvcArgs | CommandResult {
  const flagNames = new Set([...(spec.flags ?? []), ...(spec.listing ? ['nohdr'] : [])]);
  const valueNames = new Set([...(spec.values ?? []), ...(spec.listing ? ['delim', 'filtervalue'] : [])]);
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const objects: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const name = arg.slice(1);
    if (!arg.startsWith('-')) objects.push(arg);
    else if (flagNames.has(name)) flags.add(name);
    else if (valueNames.has(name)) {
      const value = args[index + 1];
      if (value === undefined) return svcError(svcMessages.missingParameters);
      values.set(name, value);
      index += 1;
    } else return svcError(svcMessages.unsupported(arg));
  }
  if (objects.length > 1) return svcError(svcMessages.unsupported(objects[1]!));
  return objects.length === 1 ? { flags, values, object: objects[0] } : { flags, values };
}

export function isResult(value: unknown): value is CommandResult {
  return typeof value === 'object' && value !== null && 'exitCode' in value;
}

export function viewOptions(parsed: SvcArgs): SvcViewOptions {
  const delimiter = parsed.values.get('delim');
  const header = !parsed.flags.has('nohdr');
  return delimiter === undefined ? { header } : { header, delimiter };
}

/**
 * Rows of a concise view kept by -filtervalue: every `attr=value` must match its column (a trailing `*`
 * matches any rest). An attribute that is not a column is an error.
 */
export function filterRows(header: string[], rows: string[][], parsed: SvcArgs): string[][] | CommandResult {
  const filter = parsed.values.get('filtervalue');
  if (filter === undefined) return rows;
  const tests: ((row: string[]) => boolean)[] = [];
  for (const clause of filter.split(':')) {
    const [attribute, wanted] = clause.split('=');
    const column = header.indexOf(attribute ?? '');
    if (column < 0 || wanted === undefined) return svcError(svcMessages.invalidData(clause));
    const prefix = wanted.endsWith('*') ? wanted.slice(0, -1) : undefined;
    tests.push((row) => (prefix === undefined ? row[column] === wanted : row[column]!.startsWith(prefix)));
  }
  return rows.filter((row) => tests.every((test) => test(row)));
}
