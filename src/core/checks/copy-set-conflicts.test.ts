import { describe, expect, it } from 'vitest';
import { exampleFacts, withLogVg } from '../test-support/facts';
import { runChecks } from './index';

describe('the checks of a copy set (datavg and logvg copied together)', () => {
  it('pass a set whose VGs each pass and whose copies differ', () => {
    expect(runChecks(exampleFacts(withLogVg))).toEqual([]);
  });

  it('name the VG whose disk has no target LUN, at that VG', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      f.targets.luns.pop();
    });
    expect(runChecks(facts)).toEqual([
      {
        id: 'not-all-disks-copied',
        severity: 'blocker',
        finding: 'logvg: Disks hdisk7 of logvg have no target LUN.',
        reason:
          'Every disk of the VG must be copied: recreatevg needs all of them, and a VG with disks missing cannot be varied on without quorum, or loses the LVs on the missing disks.',
        fix: 'Add a target LUN for each of hdisk7.',
        step: 'phase1',
        field: 'targets.luns',
      },
      {
        id: 'log-not-copied',
        severity: 'blocker',
        finding: 'logvg: The log loglv01 of /db2log sits on a disk that is not copied.',
        reason:
          'A file system and its log must be copied at the same instant; without the log the copy cannot be replayed, and a log from another instant can corrupt metadata silently.',
        fix: 'Add target LUNs for the disks of loglv01.',
        step: 'phase1',
        field: 'targets.luns',
      },
    ]);
  });

  it('say a finding every VG raises once, and point a VG’s own field into the set', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      f.consistency.approach = null;
      f.host = { vgs: ['rootvg', 'datavg', 'logvg', 'logcopyvg'] };
    });
    expect(runChecks(facts).map((f) => [f.id, f.field, f.finding])).toEqual([
      [
        'question-unanswered',
        'consistency.canUnmount',
        'Not answered: “Can the file systems be unmounted while the copy is taken?”',
      ],
      ['vg-name-in-odm', 'moreVgs.0.newVg.name', expect.stringMatching(/^logvg: /)],
    ]);
  });

  it('block a file system whose log is in another VG of the set', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      f.sourceVg.fileSystems[0]!.log = 'loglv01';
    });
    expect(runChecks(facts).find((f) => f.id === 'copy-set-shared-log')).toEqual({
      id: 'copy-set-shared-log',
      severity: 'blocker',
      finding: 'datavg: /data log to loglv01, a logical volume of logvg.',
      reason:
        'Each copy of the set is brought up on its own (importvg or recreatevg per VG, recreatevg renaming the logs of its own VG only): the copy of a file system whose log is in another VG finds no log to replay, and logredo and fsck on it fail.',
      fix: 'Give /data a log inside datavg (a jfs2log LV or an inline log) before the copy.',
      step: 'start',
      field: 'sourceVg.fileSystems',
    });
  });

  it('block copies that would share a VG name, an LV name or a mount point', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      const log = f.moreVgs[0]!;
      log.newVg.name = 'flashcopyvg';
      log.sourceVg.lvs[1]!.name = 'datalv2';
      log.newVg.lvPrefix = 'fcdata';
      log.sourceVg.lvs[0]!.name = 'lv2';
      f.sourceVg.lvs[1]!.name = 'datalv';
      log.sourceVg.fileSystems[0]!.mountPoint = '/app';
      log.newVg.lvPrefix = 'f';
      log.sourceVg.lvs[0]!.name = 'cdatalv';
    });
    expect(
      runChecks(facts)
        .filter((f) => f.id === 'copy-set-name-collision')
        .map((f) => [f.finding, f.field]),
    ).toEqual([
      ['The copies of datavg and logvg are both named flashcopyvg.', 'moreVgs.0.newVg.name'],
      ['The copies of datavg and logvg would both hold an LV named fcdatalv.', 'moreVgs.0.newVg.lvPrefix'],
      [
        'The copies of datavg and logvg would both mount a file system at /fc/app.',
        'moreVgs.0.newVg.mountPrefix',
      ],
    ]);
  });

  it('block the outage of way b for a set', () => {
    const facts = exampleFacts((f) => {
      withLogVg(f);
      f.targets.configuredBeforeCopy = false;
      f.targets.varyOffSourceForCfgmgr = true;
    });
    expect(runChecks(facts).filter((f) => f.id === 'copy-set-source-outage')).toEqual([
      {
        id: 'copy-set-source-outage',
        severity: 'blocker',
        finding: 'The copy set is to be configured by varying its source VGs off around cfgmgr.',
        reason:
          'That outage (way b of the duplicate-PVID trap) is planned for one VG: with several, each source must stay down until its own copy has new PVIDs, which this runbook does not plan.',
        fix: 'Configure the target LUNs before the copy (the preferred way), or make one runbook per VG for a copy that exists already.',
        step: 'phase1',
        field: 'targets.varyOffSourceForCfgmgr',
      },
    ]);
  });
});
