import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { duplicatePvidAtCfgmgr } from './duplicate-pvid-at-cfgmgr';

const reason =
  'While a VG holding a PVID is varied on, cfgmgr will not configure another disk carrying that PVID: the copy disks would stay Defined and cannot be used.';
const configureFirst =
  'Configure the target LUNs on the host (cfgmgr) before the copy is made; they have no PVID yet and configure cleanly.';

describe('duplicate-pvid-at-cfgmgr', () => {
  it('passes when the target LUNs are configured before the copy', () => {
    expect(duplicatePvidAtCfgmgr.run(contextFor())).toEqual([]);
  });

  it('blocks a copy made first while the source VG is varied on, naming both ways out', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([
      {
        id: 'duplicate-pvid-at-cfgmgr',
        severity: 'blocker',
        finding:
          'The copy is made before its LUNs are configured, while datavg is varied on with the same PVIDs.',
        reason,
        fix: `${configureFirst} Otherwise let the runbook vary off datavg around cfgmgr (an outage of the source).`,
        step: 'phase1',
        field: 'targets.configuredBeforeCopy',
      },
    ]);
  });

  it('way b: varying the source off around cfgmgr resolves it, with a warning about the outage', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.targets.varyOffSourceForCfgmgr = true;
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([
      {
        id: 'duplicate-pvid-at-cfgmgr',
        severity: 'warning',
        finding:
          'The runbook varies datavg off around cfgmgr: its file systems are unmounted and what uses them is stopped until the copy has new PVIDs.',
        reason:
          'cfgmgr configures the copy disks only while no varied-on VG holds their PVIDs; the source comes back once recreatevg has given the copy new PVIDs, so the two never share one.',
        fix: 'Agree the outage with the application owner, or configure the target LUNs before the next copy (no outage).',
        step: 'phase1',
        field: 'targets.varyOffSourceForCfgmgr',
      },
    ]);
  });

  it('way b still blocks while a varied-on earlier copy holds the PVIDs too: the runbook stops only the source', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.targets.varyOffSourceForCfgmgr = true;
      f.sourceOnHost.otherCopies = [{ vgName: 'fcvg1', variedOn: true, disks: [] }];
    });
    expect(duplicatePvidAtCfgmgr.run(ctx).map((f) => [f.severity, f.finding, f.fix])).toEqual([
      [
        'blocker',
        'The copy is made before its LUNs are configured, while datavg and fcvg1 are varied on with the same PVIDs.',
        `${configureFirst} Otherwise vary off fcvg1 by hand and let the runbook vary off datavg around cfgmgr (an outage of the source).`,
      ],
    ]);
  });

  it('names a varied-on earlier copy that holds the PVIDs when the source lives elsewhere', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.sourceOnHost = {
        present: false,
        variedOn: false,
        otherCopies: [{ vgName: 'fcvg1', variedOn: true, disks: [] }],
      };
    });
    expect(duplicatePvidAtCfgmgr.run(ctx).map((f) => [f.finding, f.fix])).toEqual([
      [
        'The copy is made before its LUNs are configured, while fcvg1 is varied on with the same PVIDs.',
        `${configureFirst} Otherwise vary off fcvg1 by hand before cfgmgr.`,
      ],
    ]);
  });

  it('passes when nothing on the host holds the PVIDs (the source lives on another host)', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([]);
  });

  it('passes when the source is varied off beforehand: cfgmgr configures the copy disks', () => {
    const ctx = contextFor((f) => {
      f.targets.configuredBeforeCopy = false;
      f.sourceOnHost.variedOn = false;
    });
    expect(duplicatePvidAtCfgmgr.run(ctx)).toEqual([]);
  });
});
