/**
 * Every parser, in the order a paste is tried against them: the most distinctive shapes first (status
 * blocks and headers), bare lists last (a list of words is `lsvg`'s shape, and also many other things').
 */
import { etcFilesystemsParser } from './etc-filesystems';
import { hostnameParser } from './hostname';
import { instfixParser } from './instfix';
import { lsattrDiskParser } from './lsattr-disk';
import { lsdevDiskParser } from './lsdev-disk';
import { lspsParser } from './lsps';
import { lsfsParser } from './lsfs';
import { lslvPvsParser } from './lslv-pvs';
import { lspvParser } from './lspv';
import { lspvDiskParser } from './lspv-disk';
import { lsvgActiveParser, lsvgParser } from './lsvg-names';
import { lsvgLvsParser } from './lsvg-lvs';
import { lsvgPvsParser } from './lsvg-pvs';
import { lsvgStatusParser } from './lsvg-status';
import { mountParser } from './mount';
import { oslevelParser } from './oslevel';
import { type AnyOutputParser, defineParser, type OutputKind } from './types';

export const parsers: readonly AnyOutputParser[] = [
  defineParser(lspvDiskParser),
  defineParser(lsvgStatusParser),
  defineParser(lsvgLvsParser),
  defineParser(lsvgPvsParser),
  defineParser(lslvPvsParser),
  defineParser(lsfsParser),
  defineParser(lspsParser),
  defineParser(mountParser),
  defineParser(etcFilesystemsParser),
  defineParser(oslevelParser),
  defineParser(instfixParser),
  defineParser(lspvParser),
  defineParser(lsdevDiskParser),
  defineParser(lsattrDiskParser),
  defineParser(lsvgParser),
  defineParser(lsvgActiveParser),
  defineParser(hostnameParser),
];

export function parserFor(kind: OutputKind): AnyOutputParser {
  const parser = parsers.find((p) => p.kind === kind);
  // Every kind but 'collector' (read by collected.ts, never by one parser) has one: a broken invariant.
  if (!parser) throw new Error(`no parser for ${kind}`);
  return parser;
}

/**
 * The order in which outputs are applied when several are imported together: the VG's identity and
 * disks before what refers to them (lsattr names a disk, lslv an LV, /etc/filesystems an LV).
 */
const applyOrder: readonly OutputKind[] = [
  'collector',
  'hostname',
  'oslevel',
  'instfix',
  'lsvg',
  'lsvg-active',
  'lsvg-status',
  'lsvg-pvs',
  'lspv',
  'lspv-disk',
  'lsdev-disk',
  'lsvg-lvs',
  'lslv-pvs',
  'lsfs',
  'etc-filesystems',
  'mount',
  'lsattr-disk',
  'lsps',
];

/** Where an output is applied among the others: the order of `applyOrder`, unrecognised output last. */
export function applyRank(kind: OutputKind | null): number {
  return kind === null ? applyOrder.length : applyOrder.indexOf(kind);
}
