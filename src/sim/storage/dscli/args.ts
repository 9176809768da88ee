/**
 * DS CLI command-line conventions: `-flag` and `-param value` before the operands; volume ids `LLVV` (4 hex
 * digits), optionally qualified `IBM.2107-75ABCD1/1000`; pairs `source:target`; ranges `1000-100F` within one
 * LSS; a lone `-` reads the operands from standard input (docs/aix-behaviour.md 18.1).
 */
import { type CommandResult, fail } from '../../command-result';
import type { StorageCommandContext } from '../command-types';
import { DS_EXIT, dsSyntax } from './messages';

/** Output-format parameters every DS CLI command accepts. */
const FORMAT_PARAMS = ['bnr', 'hdr', 'fmt', 'delim'];

export interface DsParamSpec {
  /** Flags without a value, named without the dash. */
  flags?: string[];
  /** Parameters taking a value; `dev` is always accepted. */
  values?: string[];
}

export interface DsArgs {
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
  /** The storage image the command addresses: -dev, else the profile's (the first image). */
  dev: string;
}

/** Parses a DS CLI command line, or returns the syntax error (exit 2) the DS CLI prints. */
export function parseDsArgs(
  command: string,
  args: string[],
  spec: DsParamSpec,
  ctx: StorageCommandContext,
): DsArgs | CommandResult {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const valueNames = new Set(['dev', ...FORMAT_PARAMS, ...(spec.values ?? [])]);
  const flagNames = new Set(spec.flags ?? []);
  let index = 0;
  for (; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('-') || arg === '-') break;
    const name = arg.slice(1);
    if (flagNames.has(name)) {
      flags.add(name);
    } else if (valueNames.has(name)) {
      const value = args[index + 1];
      if (value === undefined) return syntaxError(dsSyntax.missingValue(command, arg));
      values.set(name, value);
      index += 1;
    } else {
      return syntaxError(dsSyntax.unknownParameter(command, arg));
    }
  }
  let operands = args.slice(index);
  const stray = operands.find((operand) => operand.startsWith('-') && operand !== '-');
  if (stray) return syntaxError(dsSyntax.unknownParameter(command, stray));
  if (operands.length === 1 && operands[0] === '-') operands = (ctx.stdin ?? '').split(/\s+/).filter(Boolean);
  const images = ctx.storage.images;
  const dev = values.get('dev') ?? images[0]!;
  if (!images.includes(dev)) return syntaxError(dsSyntax.unknownImage(command, dev));
  for (const image of [values.get('remotedev')].filter((v) => v !== undefined)) {
    if (!images.includes(image)) return syntaxError(dsSyntax.unknownImage(command, image));
  }
  return { flags, values, operands, dev };
}

export function syntaxError(message: string): CommandResult {
  return fail(`${message}\n`, DS_EXIT.syntax);
}

export function isResult(value: unknown): value is CommandResult {
  return typeof value === 'object' && value !== null && 'exitCode' in value;
}

/** A volume id as typed: the bare id and the image it is qualified with, if any. */
export interface VolumeRef {
  image?: string;
  id: string;
}

const VOLUME_REF = /^(?:(IBM\.2107-[0-9A-Za-z]{7})\/)?([0-9A-Fa-f]{4})$/;

function parseVolumeRef(text: string): VolumeRef | null {
  const match = VOLUME_REF.exec(text);
  if (!match) return null;
  return match[1] ? { image: match[1], id: match[2]!.toUpperCase() } : { id: match[2]!.toUpperCase() };
}

/** `1000:1100` (each side may be qualified), or null. */
export function parsePair(text: string): { source: VolumeRef; target: VolumeRef } | null {
  // A qualified id contains no colon, so a pair has exactly one colon whatever the qualification.
  const sides = text.split(':');
  if (sides.length !== 2) return null;
  const source = parseVolumeRef(sides[0]!);
  const target = parseVolumeRef(sides[1]!);
  return source && target ? { source, target } : null;
}

/** Expands `1000-1003` into its ids; a single id gives itself; null if malformed or across LSSs. */
export function expandVolumeRange(text: string): string[] | null {
  const [low, high, extra] = text.split('-');
  if (extra !== undefined) return null;
  const first = parseVolumeRef(low ?? '');
  if (!first || first.image) return null;
  if (high === undefined) return [first.id];
  const last = parseVolumeRef(high);
  if (!last || last.image) return null;
  const from = Number.parseInt(first.id, 16);
  const to = Number.parseInt(last.id, 16);
  if (first.id.slice(0, 2) !== last.id.slice(0, 2) || to < from) return null;
  return Array.from({ length: to - from + 1 }, (_, i) =>
    (from + i).toString(16).toUpperCase().padStart(4, '0'),
  );
}

/** `10` (or `IBM.2107-75ABCD1/10`): an LSS id in upper case, or null. */
export function parseLss(text: string): string | null {
  const match = /^(?:IBM\.2107-[0-9A-Za-z]{7}\/)?([0-9A-Fa-f]{2})$/.exec(text);
  return match ? match[1]!.toUpperCase() : null;
}

/** Whether the volume exists on the given storage image (each image has its own volumes). */
export function onImage(ctx: StorageCommandContext, id: string, image: string): boolean {
  return ctx.storage.volume(id)?.image === image;
}

export interface DsFormat {
  header: boolean;
  delimiter?: string;
}

/** -hdr on|off and -fmt default|delim with -delim C, as every DS CLI list command takes them. */
export function dsFormat(command: string, parsed: DsArgs): DsFormat | CommandResult {
  const hdr = parsed.values.get('hdr') ?? 'on';
  if (hdr !== 'on' && hdr !== 'off') return syntaxError(dsSyntax.invalidValue(command, '-hdr', hdr));
  const fmt = parsed.values.get('fmt') ?? 'default';
  if (fmt !== 'default' && fmt !== 'delim') return syntaxError(dsSyntax.invalidValue(command, '-fmt', fmt));
  const delimiter = fmt === 'delim' ? (parsed.values.get('delim') ?? ',') : undefined;
  return delimiter === undefined ? { header: hdr === 'on' } : { header: hdr === 'on', delimiter };
}
