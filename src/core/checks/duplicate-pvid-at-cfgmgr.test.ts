import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { duplicatePvidAtCfgmgr } from './duplicate-pvid-at-cfgmgr';

describe('duplicate-pvid-at-cfgmgr', () => {
  it('passes when the target LUNs are configured before the copy', () => {
    expect(duplicatePvidAtCfgmgr.run(contextFor())).toEqual([]);
  });

  it('blocks a copy made first while the source VG is varied on', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([
      {
        id: 'duplicate-pvid-at-cfgmgr',
        severity: 'blocker',
        finding:
          'The copy is made before its LUNs are configured, while datavg is varied on with the same PVIDs.',
        reason:
          'While a VG holding a PVID is varied on, cfgmgr will not configure another disk carrying that PVID: the copy disks would stay Defined and cannot be used.',
        fix: 'Configure the target LUNs on the host (cfgmgr) before the copy is made; they have no PVID yet and configure cleanly. Otherwise vary off the VG holding the PVIDs before cfgmgr.',
        step: 'phase1',
        field: 'targets.configuredBeforeCopy',
      },
    ]);
  });

  it('names a varied-on earlier copy that holds the PVIDs too', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.sourceOnHost = {
        present: false,
        variedOn: false,
        otherCopies: [{ vgName: 'fcvg1', variedOn: true, disks: [] }],
      };
    });
    expect(duplicatePvidAtCfgmgr.run(ctx).map((f) => f.finding)).toEqual([
      'The copy is made before its LUNs are configured, while fcvg1 is varied on with the same PVIDs.',
    ]);
  });

  it('passes when nothing on the host holds the PVIDs (the source lives on another host)', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([]);
  });
});
