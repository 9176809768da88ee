import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { contextFor, runningApplication } from '../test-support/facts';
import { rawLvOpen } from './raw-lv-open';

/** An Oracle database whose redo logs and datafiles are raw LVs of the source VG, open. */
function oracleOnRawLvs(f: Facts): void {
  f.sourceVg.lvs.push(
    { name: 'oradata01', type: 'raw', disks: ['hdisk5'], open: true },
    { name: 'oraredo01', type: 'raw', disks: ['hdisk6'], open: true },
    // A raw LV nothing holds open takes no writes during the copy.
    { name: 'spare01', type: 'raw', disks: ['hdisk6'], open: false },
  );
  f.applications = [runningApplication('oracle', 'PRD')];
}

const reason =
  'JFS2 freeze flushes and holds file systems only, and umount closes only file systems: an application writing raw LVs keeps writing during the copy, so their copy is torn unless the application itself is still and every LUN is copied at one instant.';

describe('raw-lv-open', () => {
  it('blocks a freeze of the file systems alone: the open raw LVs are named, and both missing parts', () => {
    const ctx = contextFor((f) => {
      oracleOnRawLvs(f);
      f.consistency.approach = 'freeze';
    });
    expect(rawLvOpen.run(ctx)).toEqual([
      {
        id: 'raw-lv-open',
        severity: 'blocker',
        finding:
          'The raw LVs oradata01 and oraredo01 are open: freeze/thaw does not cover them and unmounting does not close them.',
        reason,
        fix: 'Plan the application that holds them in hot-backup mode (or stopped) around the copy and a storage consistency group over every LUN of the VG: raw data is consistent only with both.',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });

  it('blocks unmounting with the application stopped but no consistency group', () => {
    const ctx = contextFor((f) => {
      oracleOnRawLvs(f);
      f.applications[0].stopCommand = 'dbshut';
      f.consistency.approach = 'unmount';
    });
    expect(rawLvOpen.run(ctx).map((x) => [x.fix, x.field])).toEqual([
      [
        'Plan a storage consistency group over every LUN of the VG: raw data is consistent only with both.',
        'consistency.approach',
      ],
    ]);
  });

  it('blocks a consistency group while the database keeps writing without hot-backup mode', () => {
    const ctx = contextFor((f) => {
      oracleOnRawLvs(f);
      f.consistency.approach = 'freeze-and-consistency-group';
    });
    expect(rawLvOpen.run(ctx).map((x) => [x.fix, x.field])).toEqual([
      [
        'Plan the application that holds them in hot-backup mode (or stopped) around the copy: raw data is consistent only with both.',
        'applications',
      ],
    ]);
  });

  it('passes with hot-backup mode and a consistency group, or when no raw LV is open', () => {
    const covered = contextFor((f) => {
      oracleOnRawLvs(f);
      f.applications[0].hotBackupStart = 'alter database begin backup';
      f.applications[0].hotBackupEnd = 'alter database end backup';
      f.consistency.approach = 'consistency-group';
    });
    expect(rawLvOpen.run(covered)).toEqual([]);
    const closed = contextFor((f) => {
      oracleOnRawLvs(f);
      for (const lv of f.sourceVg.lvs) lv.open = false;
      f.consistency.approach = 'freeze';
    });
    expect(rawLvOpen.run(closed)).toEqual([]);
    const variedOff = contextFor((f) => {
      oracleOnRawLvs(f);
      f.sourceOnHost.variedOn = false;
      f.consistency.approach = 'freeze';
    });
    expect(rawLvOpen.run(variedOff)).toEqual([]);
  });
});
