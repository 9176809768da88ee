/**
 * The script of a retire (docs/procedure.md "Retiring a copy"): the whole DS8000 FlashCopy script against a
 * reviewed golden file, each variant (SVC, a mirror, storage vgcopy writes no commands for; pauses or the
 * CLI) clean for shellcheck -s ksh and ksh -n, and the storage admin's part as the storage script gives it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import type { Facts } from '../model/facts';
import { asSvcCopy } from '../test-support/facts';
import { retireFacts } from '../test-support/retire';
import { shellcheckKsh } from '../test-support/script-validation';

const meta = { generatedAt: '2026-12-06T14:00:00Z', version: '0.1.0' };

function outputs(change: (f: Facts) => void = () => {}, storage?: 'pause' | 'cli') {
  const result = evaluate(retireFacts(change), { ...meta, storage });
  expect(result.findings).toEqual([]);
  return result.outputs!;
}

/** The SVC FlashCopy retire: the copy's mappings in group fccg_datavg, its vdisks mapped to host aixprod01. */
function svcRetire(f: Facts): void {
  asSvcCopy(f);
  if (f.storage) f.storage.hostObject = 'aixprod01';
}

/** The retire of a Metro Mirror secondary on the DR host: the mirror is the storage admin's decision. */
function mirrorRetire(f: Facts): void {
  f.copy.method = 'metro-mirror';
  if (f.storage) f.storage.remoteStorageImage = 'IBM.2107-75XYZ91';
}

describe('the retire script', () => {
  it('checks the copy by VG id, PVIDs and paging spaces, then removes it: unmount deepest first, varyoffvg, exportvg, rmdev -dl, no trace left (reviewed golden file)', async () => {
    await expect(outputs().script).toMatchFileSnapshot('golden/retire-ds8000.ksh');
  });

  it('passes shellcheck -s ksh and ksh -n for every storage and both storage modes', () => {
    const scripts = [
      outputs().script,
      outputs(() => {}, 'cli').script,
      outputs(svcRetire, 'cli').script,
      outputs(svcRetire).script,
      outputs(mirrorRetire, 'cli').script,
      outputs((f) => {
        f.copy.method = 'oem';
        f.existingCopy!.mountPoints = [];
        f.existingCopy!.mounted = false;
      }).script,
    ];
    expect(shellcheckKsh(scripts)).toEqual(scripts.map(() => []));
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-retire-'));
    try {
      const parsed = scripts.map((text, i) => {
        const file = join(dir, `retire-${i}.ksh`);
        writeFileSync(file, text);
        const run = spawnSync('ksh', ['-n', file], { encoding: 'utf8' });
        return `${run.status} ${run.stderr}`;
      });
      expect(parsed).toEqual(scripts.map(() => '0 '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("gives the storage admin the SVC mappings' removal, after stopping the group, and the unmapping", () => {
    expect(outputs(svcRetire).storageScript).toEqual(
      [
        '# vgcopy 0.1.0: storage part of the retire of the copy flashcopyvg of datavg',
        '# generated 2026-12-06T14:00:00Z',
        "# SVC CLI commands; run each block when the AIX admin's script says so.",
        '',
        '# Step 6: Check that consistency group fccg_datavg is idle_or_copied (stop it if it is still copying)',
        '#   expect: lsfcconsistgrp shows status idle_or_copied; where it shows copying, stopfcconsistgrp fccg_datavg prints nothing and the status goes stopped.',
        '#   verify: lsfcconsistgrp -delim : fccg_datavg shows status:idle_or_copied or status:stopped.',
        'lsfcconsistgrp -delim : fccg_datavg',
        'stopfcconsistgrp fccg_datavg',
        '',
        '# Step 7: Remove the FlashCopy mappings',
        '#   expect: Each rmfcmap prints nothing.',
        '#   verify: lsfcmap lists none of the mappings.',
        'rmfcmap fccg_datavg_m0',
        'rmfcmap fccg_datavg_m1',
        'rmfcmap fccg_datavg_m2',
        '',
        '# Step 8: Unmap aixfc_d0, aixfc_d1, aixfc_d2 from this host',
        '#   expect: Each rmvdiskhostmap prints nothing.',
        '#   verify: lshostvdiskmap aixprod01 lists none of aixfc_d0, aixfc_d1, aixfc_d2.',
        'rmvdiskhostmap -host aixprod01 aixfc_d0',
        'rmvdiskhostmap -host aixprod01 aixfc_d1',
        'rmvdiskhostmap -host aixprod01 aixfc_d2',
        '',
      ].join('\n'),
    );
  });

  it('never removes a DR mirror: the storage admin decides, then unmaps the secondaries on the remote box', () => {
    expect(outputs(mirrorRetire).storageScript).toEqual(
      [
        '# vgcopy 0.1.0: storage part of the retire of the copy flashcopyvg of datavg',
        '# generated 2026-12-06T14:00:00Z',
        "# DS CLI commands; run each block when the AIX admin's script says so.",
        '',
        "# Step 6: Decide what becomes of the mirror of datavg: it is production's DR copy",
        '#   expect: The storage admin says whether the mirror stays (the usual case) or is removed on purpose.',
        '#   verify: The decision is written in the change record.',
        'lspprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75XYZ91 1000:1100 1001:1101 1002:1102',
        '',
        '# Step 7: Unmap 1100, 1101, 1102 from this host',
        '#   expect: chvolgrp reports the volume group modified (CMUC00031I).',
        '#   verify: showvolgrp -dev IBM.2107-75XYZ91 V11 lists none of 1100, 1101, 1102.',
        'chvolgrp -dev IBM.2107-75XYZ91 -action remove -volume 1100,1101,1102 V11',
        '',
      ].join('\n'),
    );
  });

  it('writes no script for a retire the checks block (run against the source VG)', () => {
    const result = evaluate(
      retireFacts((f) => {
        f.existingCopy!.vgName = 'datavg';
        f.newVg.name = 'datavg';
      }),
      meta,
    );
    expect([result.blocked, result.outputs, result.findings.map((f) => f.id)]).toEqual([
      true,
      undefined,
      ['retire-source-vg', 'retire-disks-in-other-vg'],
    ]);
  });
});
