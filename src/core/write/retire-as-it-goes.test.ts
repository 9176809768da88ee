/**
 * The retire script run for real under ksh, on a host of stub commands that keep its state (the VGs and
 * which are varied on, lspv, the mounts, lsps -a): the copy leaves no trace; a host where the VG of the
 * copy's name is another VG (the source imported under it) is refused by the preflight, touching nothing;
 * exportvg failing puts the copy back as the run found it (docs/failure-safety.md "Retiring a copy").
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { copyPvids, copyVgId, retireFacts } from '../test-support/retire';

const root = mkdtempSync(join(tmpdir(), 'vgcopy-retire-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each stub logs its call to $S/calls; what it prints or changes, from the state files in $S. */
const stubs: Record<string, string> = {
  lsvg: `case $1 in
  -o) cat "$S/active" ;;
  -l) printf '%s:\\nLV NAME TYPE LPs PPs PVs LV STATE MOUNT POINT\\n' "$2"; while read -r mp; do grep -qx "$mp" "$S/mounts" && printf 'lv jfs2 1 1 1 open/syncd %s\\n' "$mp"; done <"$S/fs.$2" ;;
  '') cat "$S/vgs" ;;
  *) grep -qx "$1" "$S/vgs" || exit 1; printf 'VOLUME GROUP:       %s                   VG IDENTIFIER:  %s\\n' "$1" "$(cat "$S/vgid.$1")" ;;
esac`,
  lspv: 'cat "$S/lspv"',
  lsps: `printf 'Page Space      Physical Volume   Volume Group    Size %%Used Active  Auto  Type Chksum\\n'; cat "$S/lsps"`,
  mount: `if [ $# -eq 0 ]; then awk '{ print "/dev/x", $1, "jfs2" }' "$S/mounts"; else printf '%s\\n' "$1" >>"$S/mounts"; fi`,
  umount: `grep -vx "$1" "$S/mounts" >"$S/new"; mv "$S/new" "$S/mounts"`,
  varyoffvg: `grep -vx "$1" "$S/active" >"$S/new"; mv "$S/new" "$S/active"`,
  varyonvg: `printf '%s\\n' "$1" >>"$S/active"`,
  exportvg: `[ -f "$S/fail.exportvg" ] && { echo '0516-764 exportvg: The volume group must be varied off before exporting.' >&2; exit 1; }; grep -vx "$1" "$S/vgs" >"$S/new"; mv "$S/new" "$S/vgs"; awk -v vg="$1" '$3 == vg { $3 = "None" } { print }' "$S/lspv" >"$S/new"; mv "$S/new" "$S/lspv"`,
  rmdev: `awk -v d="$2" '$1 != d' "$S/lspv" >"$S/new"; mv "$S/new" "$S/lspv"; echo "$2 deleted"`,
  lsfs: 'exit 1',
  dscli: ':',
};

/** A host with datavg and the copy flashcopyvg (its id `vgId`), both varied on, the copy mounted. */
function host(vgId: string) {
  const dir = mkdtempSync(join(root, 'host-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const files: Record<string, string> = {
    vgs: 'rootvg\ndatavg\nflashcopyvg\n',
    active: 'rootvg\ndatavg\nflashcopyvg\n',
    'vgid.flashcopyvg': vgId,
    'fs.flashcopyvg': '/fc/data\n/fc/data/logs\n/fc/app\n',
    mounts: '/data\n/app\n/fc/data\n/fc/data/logs\n/fc/app\n',
    lspv: [
      'hdisk0 00c8d3e4e3c7d496 rootvg active',
      'hdisk4 00c8d3e4a1b2c3d0 datavg active',
      'hdisk5 00c8d3e4a1b2c3d1 datavg active',
      'hdisk6 00c8d3e4a1b2c3d2 datavg active',
      ...copyPvids.map((p, i) => `hdisk${10 + i} ${p} flashcopyvg active`),
      '',
    ].join('\n'),
    lsps: 'hd6             hdisk0            rootvg          1024MB     3   yes   yes    lv     0\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, body] of Object.entries(stubs)) {
    const file = join(bin, name);
    writeFileSync(
      file,
      `#!/bin/sh\nS=${JSON.stringify(dir)}\nprintf '%s\\n' "${name} $*" >>"$S/calls"\n${body}\n`,
    );
    chmodSync(file, 0o755);
  }
  const script = evaluate(retireFacts(), {
    generatedAt: '2026-12-06T14:00:00Z',
    version: '0.1.0',
    storage: 'cli',
    logDir: dir,
  }).outputs!.script;
  writeFileSync(join(dir, 'retire.ksh'), script);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);
  return {
    failExportvg: () => writeFileSync(join(dir, 'fail.exportvg'), ''),
    run() {
      const run = spawnSync('ksh', [join(dir, 'retire.ksh'), '-y'], {
        encoding: 'utf8',
        cwd: dir,
        env: { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: dir, LANG: 'C' },
        timeout: 20_000,
      });
      return {
        status: run.status,
        /** What the script changed, as typed: the listings it read left out. */
        changed: read('calls').filter((c) => !/^(lsvg|lspv|lsps|lsfs)( |$)|^mount $/.test(c)),
        vgs: read('vgs'),
        active: read('active'),
        lspv: read('lspv').map((l) => l.split(' ')[0]),
        mounts: read('mounts'),
        said: (text: string) => run.stdout.includes(text),
        /** The undo's log and its summary, from "== Undo" to the end of the run, without the times. */
        undone: run.stdout
          .slice(
            run.stdout.indexOf('== Undo'),
            run.stdout.lastIndexOf('\n', run.stdout.indexOf('end of run')),
          )
          .split('\n')
          .map((l) => l.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /, '')),
      };
    },
  };
}

/** The retire up to exportvg: unmounted deepest first, varied off, exported. */
const untilExport = [
  'umount /fc/data/logs',
  'umount /fc/data',
  'umount /fc/app',
  'varyoffvg flashcopyvg',
  'exportvg flashcopyvg',
];

describe('the retire script on a host', () => {
  it('leaves no trace of the copy: no VG, no disks, nothing mounted; the source untouched', () => {
    const after = host(copyVgId).run();
    expect(after).toMatchObject({
      status: 0,
      changed: [
        ...untilExport,
        'rmdev -dl hdisk10',
        'rmdev -dl hdisk11',
        'rmdev -dl hdisk12',
        'dscli rmflash -dev IBM.2107-75ABCD1 -quiet 1000:1100 1001:1101 1002:1102',
        'dscli chvolgrp -dev IBM.2107-75ABCD1 -action remove -volume 1100,1101,1102 V11',
      ],
      vgs: ['rootvg', 'datavg'],
      active: ['rootvg', 'datavg'],
      lspv: ['hdisk0', 'hdisk4', 'hdisk5', 'hdisk6'],
      mounts: ['/data', '/app'],
    });
    expect(after.said('no trace of flashcopyvg is left: no VG, no disk')).toBe(true);
  });

  it("refuses a VG of the copy's name with another VG IDENTIFIER (the source imported under it): exit 2, nothing changed", () => {
    const after = host('00c8d3e400004c000000018c2a6e7b1d').run();
    expect(after).toMatchObject({ status: 2, changed: [], vgs: ['rootvg', 'datavg', 'flashcopyvg'] });
    expect(
      after.said(
        'STOP (exit 2): preflight: flashcopyvg has VG IDENTIFIER 00c8d3e400004c000000018c2a6e7b1d, not 00c8d3e400004c000000019a3b5e7c21 of the copy this runbook retires',
      ),
    ).toBe(true);
  });

  it('puts the copy back as it found it when exportvg fails: varied on, mounted shallowest first, exit 3', () => {
    const copy = host(copyVgId);
    copy.failExportvg();
    expect(copy.run()).toMatchObject({
      status: 3,
      changed: [
        ...untilExport,
        'varyonvg flashcopyvg',
        'mount /fc/data',
        'mount /fc/app',
        'mount /fc/data/logs',
      ],
      vgs: ['rootvg', 'datavg', 'flashcopyvg'],
      active: ['rootvg', 'datavg', 'flashcopyvg'],
      mounts: ['/data', '/app', '/fc/data', '/fc/app', '/fc/data/logs'],
      // The undo put back the copy, not production, which a retire never changes: its summary says so.
      undone: [
        '== Undo: putting the copy flashcopyvg back as this run found it, newest change first',
        'undo: Vary on flashcopyvg again',
        '+ varyonvg flashcopyvg',
        '   restored: Vary on flashcopyvg again',
        'undo: Mount the file systems of flashcopyvg again',
        '+ mount /fc/data',
        '+ mount /fc/app',
        '+ mount /fc/data/logs',
        '   restored: Mount the file systems of flashcopyvg again',
        '== State of the copy flashcopyvg after this run',
        '   restored by the script:',
        '  - Vary on flashcopyvg again',
        '  - Mount the file systems of flashcopyvg again',
        '   the copy flashcopyvg as far as the retire went: up to exportvg a stop puts it back as it was; from exportvg on, run the script again to finish (to bring the copy back instead: cfgmgr, then importvg -y flashcopyvg hdisk10)',
      ],
    });
  });
});
