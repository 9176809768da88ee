/**
 * A host of stub commands for running a generated script for real (ksh) without AIX: every AIX and
 * storage command the script may call (and `sh`, which runs the application owner's commands at a
 * pause) is a small executable that only logs its arguments, one per line, and prints the lspv/lsvg/mount
 * listing the script's queries read: before the copy, and after recreatevg or importvg made it. The
 * script's own tools (awk, grep, sed, date, tee) stay the system's, so whatever a hostile value could
 * make the shell run would run for real. The source's file systems start mounted (umount and mount keep
 * the list), and a fault makes a named stub fail at its n-th call, or send the script a signal there.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CopyLayout, copyLayout, mountedSourceFileSystems } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import type { RunbookPlan } from '../plan/types';

/** The commands that are stubbed. */
const stubbed = [
  'lsvg',
  'lspv',
  'mount',
  'umount',
  'cfgmgr',
  'chfs',
  'recreatevg',
  'importvg',
  'varyonvg',
  'varyoffvg',
  'exportvg',
  'logredo',
  'fsck',
  'sync',
  'sleep',
  'dscli',
  'ssh',
  'svctask',
  'sh',
];

/** What each stub does beyond logging its arguments ($S is the stub directory). */
const behaviour: Record<string, string> = {
  // lsvg -l: the source's file-system LVs, open where mounted (the way-b unmount reads them).
  lsvg: `case $1 in -l) printf '%s:\\nLV NAME TYPE LPs PPs PVs LV STATE MOUNT POINT\\n' "$2"; if [ -f "$S/lvs.$2" ]; then awk 'FILENAME == ARGV[1] { m[$1] = 1; next } { print $1, $2, 16, 16, 1, ($3 in m ? "open/syncd" : "closed/syncd"), $3 }' "$S/mounts" "$S/lvs.$2"; fi ;; *) if [ -f "$S/copied" ]; then cat "$S/lsvg.after"; else cat "$S/lsvg.before"; fi ;; esac`,
  lspv: 'if [ -f "$S/copied" ]; then cat "$S/lspv.after"; else cat "$S/lspv.before"; fi',
  mount: `if [ $# -eq 0 ]; then printf '  node mounted over\\n ---- -------\\n'; awk '{ print "/dev/x", $1, "jfs2" }' "$S/mounts"; else printf '%s\\n' "$1" >>"$S/mounts"; fi`,
  umount: `grep -vx "$1" "$S/mounts" >"$S/mounts.new"; mv "$S/mounts.new" "$S/mounts"`,
  recreatevg: ': >"$S/copied"; cp "$S/filesystems.after" "$S/filesystems"',
  importvg: ': >"$S/copied"; cp "$S/filesystems.after" "$S/filesystems"',
  // lspprc (delimited): every pair named is ready, Full Duplex with 0 out-of-sync tracks.
  dscli: `case " $* " in *" lspprc "*) for a in "$@"; do case $a in *:*) printf '%s,Full Duplex,-,Metro Mirror,0\\n' "$a" ;; esac; done ;; esac`,
};

/**
 * A fault: the `call`-th call of `command` (counting only calls whose arguments, joined by spaces,
 * contain `match`) prints `message` on standard error and exits with `status`, or, with `signal`, sends
 * that signal to the script (the stub's parent) and exits 0, as a kill from outside would arrive.
 */
export type StubFault = { command: string; call: number; match?: string } & (
  | { status: number; message: string }
  | { signal: 'TERM' | 'INT' | 'HUP' }
);

/**
 * The shell lines of a stub that count its matching calls and fail at the fault's. Each fault counts in a
 * file of its own (`n`: its place in the list), and every count is taken before any fault acts, so two
 * faults on one command (its first and second call) count the same calls.
 */
function faultLines(faults: readonly StubFault[], name: string): string[] {
  const mine = faults.map((fault, n) => ({ fault, n })).filter(({ fault }) => fault.command === name);
  const counts = mine.flatMap(({ fault, n }) => [
    `case " $* " in *${JSON.stringify(fault.match ?? '')}*)`,
    `  echo $(( $(cat "$S/count.${n}" 2>/dev/null || echo 0) + 1 )) >"$S/count.${n}" ;;`,
    'esac',
  ]);
  const acts = mine.map(({ fault, n }) => {
    const act =
      'signal' in fault
        ? `kill -${fault.signal} "$PPID"; exit 0`
        : `printf '%s\n' ${JSON.stringify(fault.message)} >&2; exit ${fault.status}`;
    return `case " $* " in *${JSON.stringify(fault.match ?? '')}*) if [ "$(cat "$S/count.${n}")" -eq ${fault.call} ]; then ${act}; fi ;; esac`;
  });
  return [...counts, ...acts];
}

/**
 * The copy's /etc/filesystems stanzas as recreatevg or importvg writes them, with AIX's generated names
 * (`fslvNN`, `loglvNN`) where the prefixed name would pass 15 characters.
 */
function copyStanzas(layout: CopyLayout): string {
  return layout.fileSystems
    .map((f, i) => {
      const log = f.log === 'INLINE' ? 'INLINE' : `/dev/${f.log ?? `loglv${10 + i}`}`;
      return `${f.mountPoint}:\n\tdev\t\t= /dev/${f.lv ?? `fslv${10 + i}`}\n\tvfs\t\t= ${f.source.vfs}\n\tlog\t\t= ${log}\n\n`;
    })
    .join('');
}

/** lspv lines: name, PVID and VG of each disk, as the script's disk_field reads them. */
function lspv(rows: [string, string, string][]): string {
  return rows.map((r) => `${r.join(' ')}\n`).join('');
}

export interface StubHost {
  /** The directory of the stubs, the log and the listings. */
  dir: string;
  /** PATH with the stubs first. */
  path: string;
  /** The stubs' calls so far, each as the command and its arguments. */
  calls(): string[][];
  /** The mount points mounted now. */
  mounted(): string[];
}

/**
 * Stubs for the host the facts and plan describe, in a directory of its own, with the faults given.
 * Calling it again on the same directory keeps the host's state (mounts, copy made) and replaces the
 * faults: a rerun on the host the first run left.
 */
export function stubHost(
  dir: string,
  facts: Facts,
  plan: RunbookPlan,
  faults: readonly StubFault[] = [],
): StubHost {
  const again = existsSync(join(dir, 'mounts'));
  mkdirSync(dir, { recursive: true });
  const layout = copyLayout(facts);
  const source = facts.sourceVg.disks.map((d): [string, string, string] => [
    d.name,
    d.pvid ?? 'none',
    facts.sourceVg.name,
  ]);
  // The target disks carry the PVIDs the plan's check expects (none, or the source's on a copy made first).
  const expected = plan.steps.flatMap((s) => (s.action.kind === 'check-targets' ? s.action.disks : []));
  const pvidOf = (name: string) => expected.find((d) => d.name === name)?.pvid ?? 'none';
  const before = layout.targets.map((t): [string, string, string] => [t.name, pvidOf(t.name), 'None']);
  const after = layout.targets.map((t): [string, string, string] => [t.name, 'none', facts.newVg.name]);
  const vgs = facts.sourceOnHost.present ? ['rootvg', facts.sourceVg.name] : ['rootvg'];
  writeFileSync(join(dir, 'lspv.before'), lspv([...(facts.sourceOnHost.present ? source : []), ...before]));
  writeFileSync(join(dir, 'lspv.after'), lspv([...(facts.sourceOnHost.present ? source : []), ...after]));
  writeFileSync(join(dir, 'lsvg.before'), `${vgs.join('\n')}\n`);
  writeFileSync(
    join(dir, `lvs.${facts.sourceVg.name}`),
    facts.sourceVg.fileSystems.map((f) => `${f.lv} ${f.vfs} ${f.mountPoint}\n`).join(''),
  );
  writeFileSync(join(dir, 'lsvg.after'), `${[...vgs, facts.newVg.name].join('\n')}\n`);
  writeFileSync(join(dir, 'filesystems.after'), copyStanzas(layout));
  if (!again) {
    const mounted = facts.sourceOnHost.present
      ? mountedSourceFileSystems(facts).map((f) => `${f.mountPoint}\n`)
      : [];
    writeFileSync(join(dir, 'mounts'), mounted.join(''));
  }
  for (const n of faults.keys()) rmSync(join(dir, `count.${n}`), { force: true });
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const name of stubbed) {
    const file = join(bin, name);
    writeFileSync(
      file,
      [
        '#!/bin/sh',
        `S=${JSON.stringify(dir)}`,
        `{ printf '%s\\n' ${name}; for a in "$@"; do printf '  %s\\n' "$a"; done; } >>"$S/calls"`,
        ...faultLines(faults, name),
        behaviour[name] ?? ':',
        '',
      ].join('\n'),
    );
    chmodSync(file, 0o755);
  }
  return {
    dir,
    path: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    mounted: () => readFileSync(join(dir, 'mounts'), 'utf8').split('\n').filter(Boolean),
    calls: () => {
      const file = join(dir, 'calls');
      if (!existsSync(file)) return [];
      const calls: string[][] = [];
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        if (line.startsWith('  ')) calls[calls.length - 1]?.push(line.slice(2));
        else calls.push([line]);
      }
      return calls;
    },
  };
}

/** Runs `ksh FILE ARGS` on the stub host with `input` on standard input. */
export function runKsh(host: StubHost, file: string, args: string[], input = '') {
  return spawnSync('ksh', [file, ...args], {
    encoding: 'utf8',
    input,
    cwd: host.dir,
    env: { PATH: host.path, HOME: host.dir, LANG: 'C', VGCOPY_FILESYSTEMS: join(host.dir, 'filesystems') },
    timeout: 20_000,
  });
}
