/**
 * Identity commands the collector runs (docs/procedure.md "Where the facts live"): hostname, uname, oslevel,
 * instfix -ik APAR, lscfg -vl hdiskN.
 */
import { fail, ok } from '../command-result';
import { lines, msg } from '../messages';
import type { Host } from '../world/host';
import { type SimCommand, usage } from './command';
import { getopt, param } from './getopt';

export const hostname: SimCommand = {
  name: 'hostname',
  run(args, ctx) {
    if (args.length > 0)
      return fail(lines('hostname: the host name of the simulated host cannot be changed.'));
    return ok(`${ctx.world.host().name}\n`);
  },
};

/** The machine id uname -m prints: the PVID prefix in upper case, then 4C00 (a partition id). */
export function machine(host: Host): string {
  return `${host.machineId.toUpperCase()}4C00`;
}

export const uname: SimCommand = {
  name: 'uname',
  run(args, ctx) {
    const parsed = getopt('uname', args, 'amnprsvxluMLfFS:T:');
    if (!parsed.ok) return usage(parsed.error, 'Usage: uname [-amnprsvxluMLfF]');
    const host = ctx.world.host();
    const [version, release] = host.aix.release.split('.');
    const fields: Record<string, string> = {
      s: 'AIX',
      n: host.name,
      r: release,
      v: version,
      m: machine(host),
      p: 'powerpc',
    };
    const { flags } = parsed.args;
    const wanted = flags.has('a')
      ? ['s', 'n', 'r', 'v', 'm']
      : ['s', 'n', 'r', 'v', 'm', 'p'].filter((f) => flags.has(f));
    return ok(`${(wanted.length > 0 ? wanted : ['s']).map((f) => fields[f]).join(' ')}\n`);
  },
};

/** Build week of each release's service pack, as oslevel -s prints it (YYWW). */
const BUILD: Record<string, string> = {
  '5.2': '0000',
  '5.3': '0000',
  '6.1': '1543',
  '7.1': '1614',
  '7.2': '2320',
  '7.3': '2346',
};

/**
 * Service packs, and oslevel's -s flag with them, came with AIX 5.3 TL4 and 5.2 TL8 (2006); earlier
 * levels know only maintenance levels and refuse -s as an unknown flag (plausible: the usage line of
 * those levels is not in docs/aix-behaviour.md).
 */
function hasServicePacks({ release, technologyLevel }: Host['aix']): boolean {
  if (release === '5.2') return technologyLevel >= 8;
  if (release === '5.3') return technologyLevel >= 4;
  return true;
}

export const oslevel: SimCommand = {
  name: 'oslevel',
  run(args, ctx) {
    const aix = ctx.world.host().aix;
    const withSp = hasServicePacks(aix);
    const parsed = getopt('oslevel', args, withSp ? 'rsqlgn' : 'rqlgn');
    if (!parsed.ok)
      return usage(
        parsed.error,
        withSp
          ? 'Usage: oslevel [-l Level | -g Level | -q] [-r | -s]'
          : 'Usage: oslevel [-l Level | -g Level | -q] [-r]',
      );
    const { release, technologyLevel, servicePack } = aix;
    const base = `${release.replace('.', '')}00`;
    const tl = String(technologyLevel).padStart(2, '0');
    if (parsed.args.flags.has('s')) {
      return ok(`${base}-${tl}-${String(servicePack).padStart(2, '0')}-${BUILD[release]}\n`);
    }
    if (parsed.args.flags.has('r')) return ok(`${base}-${tl}\n`);
    return ok(`${release}.0.0\n`);
  },
};

export const instfix: SimCommand = {
  name: 'instfix',
  run(args, ctx) {
    const parsed = getopt('instfix', args, 'ik:acqvsf:tT');
    if (!parsed.ok)
      return usage(
        parsed.error,
        'Usage: instfix [-T [-M Platform]] [-s String] [-S] [-k Keyword | -f File] [-p] [-d Device] [-i [-c] [-q] [-t Type] [-v] [-F]] [-a]',
      );
    const keyword = param(parsed.args, 'k');
    if (!parsed.args.flags.has('i') || keyword === undefined) {
      return usage(null, 'Usage: instfix -i -k Keyword');
    }
    const found = ctx.world.host().aix.apars.includes(keyword);
    return ok(
      found
        ? `    All filesets for ${keyword} were found.\n`
        : `    There was no data for ${keyword} in the fix database.\n`,
    );
  },
};

export const lscfg: SimCommand = {
  name: 'lscfg',
  run(args, ctx) {
    const parsed = getopt('lscfg', args, 'vl:p');
    if (!parsed.ok) return usage(parsed.error, 'Usage: lscfg [-v] [-p] [-l Name]');
    const host = ctx.world.host();
    const name = param(parsed.args, 'l');
    if (name === undefined) return usage(null, 'Usage: lscfg [-v] [-p] [-l Name]');
    const device = host.devices[name];
    if (!device) return fail(lines(msg('0514-519', 'lscfg', name)));
    const out = [`  ${device.name.padEnd(17)}${device.location.padEnd(45)}${device.description}`];
    if (parsed.args.flags.has('v')) {
      const model = device.machineType === '2107' ? '2107900' : '2145';
      out.push(
        '',
        '        Manufacturer................IBM',
        `        Machine Type and Model......${model}`,
        `        Serial Number...............${device.serial}`,
        '        EC Level.....................160',
        `        Device Specific.(Z0)........10`,
        `        Device Specific.(Z1)........${device.volumeId.slice(0, 2)}`,
        '',
      );
    }
    return ok(lines(...out));
  },
};
