/**
 * The contract between the parsers and their callers (the wizard's paste box, the collector import,
 * the command line). Each AIX command's output has one parser; the registry lists them.
 */
import type { Facts } from '../model/facts';
import type { Line, ParseIssue } from './text';

/** Every command output vgcopy reads. */
export const outputKinds = [
  'lspv',
  'lspv-disk',
  'lsvg',
  'lsvg-active',
  'lsvg-status',
  'lsvg-lvs',
  'lsvg-pvs',
  'lsfs',
  'etc-filesystems',
  'lslv-pvs',
  'lsdev-disk',
  'lsattr-disk',
  'oslevel',
  'instfix',
  'hostname',
  'mount',
  'lsps',
  /** The collector's whole output (public/vgcopy-collect.sh): every section above at once. */
  'collector',
] as const;
export type OutputKind = (typeof outputKinds)[number];

/** What a parser read from the lines, before it touches any facts. */
interface Parsed<D> {
  data: D;
  /** One line per thing read, in words, for the wizard to show ("hdisk2: PVID …, datavg, active"). */
  read: string[];
  errors: ParseIssue[];
}

/** Facts after a patch, with notes on what could not be taken and why (e.g. the VG is another one). */
export interface Applied {
  facts: Facts;
  notes: string[];
}

/** One command's parser. `D` is what it reads; `apply` merges that into the facts. */
export interface OutputParser<D> {
  kind: OutputKind;
  /** The command as the admin types it, for messages: 'lsvg -l VG'. */
  command: string;
  /** Whether the lines have this command's shape (header, columns); used to recognise a paste. */
  looksLike(lines: Line[]): boolean;
  /** `arg` is the command's argument where known (a prompt line, a collector section): the disk of lsattr. */
  parse(lines: Line[], arg?: string): Parsed<D>;
  apply(data: D, facts: Facts): Applied;
}

/** A parser with its data type hidden, so parsers of different data fit in one table. */
export interface AnyOutputParser {
  kind: OutputKind;
  command: string;
  looksLike(lines: Line[]): boolean;
  run(lines: Line[], arg?: string): { read: string[]; errors: ParseIssue[]; apply(facts: Facts): Applied };
}

export function defineParser<D>(parser: OutputParser<D>): AnyOutputParser {
  return {
    kind: parser.kind,
    command: parser.command,
    looksLike: (lines) => parser.looksLike(lines),
    run(lines, arg) {
      const { data, read, errors } = parser.parse(lines, arg);
      return { read, errors, apply: (facts) => parser.apply(data, facts) };
    },
  };
}
