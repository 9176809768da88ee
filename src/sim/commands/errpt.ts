/**
 * errpt [-a]: the host's error log, newest first (docs/aix-behaviour.md 13.4): one summary line an entry
 * (IDENTIFIER, TIMESTAMP as mmddHHMMyy, Type, Class, RESOURCE_NAME, DESCRIPTION), or with -a each entry in
 * full. The entries are those the simulator writes (a JFS2 freeze ended by its timeout, a PV declared
 * missing as its VG was varied on without it), from the templates of the message catalogue.
 */
import { ok } from '../command-result';
import { ERRLOG_TEMPLATES, lines } from '../messages';
import type { Host } from '../world/host';
import { type SimCommand, usage } from './command';
import { formatDate } from './date';
import { getopt, param } from './getopt';
import { machine } from './host-info';

const USAGE = 'Usage: errpt [-a] [-j Identifier] [-J Label]';
const HEADER = 'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION';
const RULE = '-'.repeat(75);

type Entry = Host['errlog'][number];

/** The template of an entry's label: every label the simulator logs has one (a missing one is a bug). */
function templateOf(entry: Entry) {
  const template = ERRLOG_TEMPLATES[entry.label];
  if (!template) throw new Error(`no error-log template for ${entry.label}`);
  return template;
}

function summary(entry: Entry): string {
  const t = templateOf(entry);
  const stamp = formatDate(entry.time, '%m%d%H%M%y') ?? '';
  return `${t.identifier.padEnd(10)} ${stamp} ${t.type[0]} ${t.errClass} ${t.resource.padEnd(14)} ${t.description}`;
}

function detail(host: Host, entry: Entry, sequence: number): string[] {
  const t = templateOf(entry);
  return [
    RULE,
    `LABEL:          ${entry.label}`,
    `IDENTIFIER:     ${t.identifier}`,
    '',
    `Date/Time:       ${formatDate(entry.time, '%a %b %e %H:%M:%S %Z %Y') ?? ''}`,
    `Sequence Number: ${sequence}`,
    `Machine Id:      ${machine(host)}`,
    `Node Id:         ${host.name}`,
    `Class:           ${t.errClass}`,
    `Type:            ${t.type}`,
    'WPAR:            Global',
    `Resource Name:   ${t.resource}`,
    '',
    'Description',
    t.description,
    '',
    'Detail Data',
    t.detail,
    entry.resource,
    '',
  ];
}

export const errpt: SimCommand = {
  name: 'errpt',
  run(args, ctx) {
    const parsed = getopt('errpt', args, 'aj:J:');
    if (!parsed.ok) return usage(parsed.error, USAGE);
    if (parsed.args.operands.length > 0) return usage(null, USAGE);
    const host = ctx.world.host();
    const wanted = (entry: Entry) => {
      const identifiers = param(parsed.args, 'j');
      const labels = param(parsed.args, 'J');
      return (
        (!identifiers || identifiers.split(',').includes(templateOf(entry).identifier)) &&
        (!labels || labels.split(',').includes(entry.label))
      );
    };
    // Sequence numbers count from the log's first entry; errpt lists the newest first.
    const entries = host.errlog
      .map((entry, i) => ({ entry, sequence: i + 1 }))
      .filter((e) => wanted(e.entry))
      .reverse();
    if (entries.length === 0) return ok();
    if (parsed.args.flags.has('a'))
      return ok(lines(...entries.flatMap((e) => detail(host, e.entry, e.sequence))));
    return ok(lines(HEADER, ...entries.map((e) => summary(e.entry))));
  },
};
