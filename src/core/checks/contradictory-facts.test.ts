import { describe, expect, it } from 'vitest';
import { asRefresh, contextFor, runningDb2 } from '../test-support/facts';
import { contradictoryFacts } from './contradictory-facts';

const prd = runningDb2();

describe('contradictory-facts', () => {
  it('blocks a running application and mounted file systems on a source said to be varied off', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: true, variedOn: false, otherCopies: [] };
      f.applications = [prd];
    });
    expect(contradictoryFacts.run(ctx)).toEqual([
      {
        id: 'contradictory-facts',
        severity: 'blocker',
        finding: 'PRD is marked running on datavg, but datavg is said to be varied off.',
        reason:
          'An application cannot write to a VG that is varied off: one of the two facts is wrong, and the plan (stop or hot-backup, or neither) depends on which.',
        fix: 'Check with lsvg -o whether datavg is varied on, and with the application owner whether PRD runs; correct the wrong one.',
        step: 'consistency',
        field: 'applications.0.running',
      },
      {
        id: 'contradictory-facts',
        severity: 'blocker',
        finding: '/data and /app are said to be mounted, but datavg is said to be varied off.',
        reason:
          'AIX mounts a file system only from a logical volume of a varied-on VG: one of the two facts is wrong, and the plan unmounts or not by them.',
        fix: 'Check with lsvg -o and mount which is true, and collect the facts again.',
        step: 'phase1',
        field: 'sourceOnHost.variedOn',
      },
    ]);
  });

  it('accepts a varied-off source with nothing mounted and nothing running', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: true, variedOn: false, otherCopies: [] };
      f.sourceVg.fileSystems = f.sourceVg.fileSystems.map((fs) => ({ ...fs, mounted: false }));
      f.applications = [{ ...prd, running: false }];
    });
    expect(contradictoryFacts.run(ctx)).toEqual([]);
  });

  it('says nothing of a source on another host, whose state is not known here', () => {
    const ctx = contextFor((f) => {
      f.sourceOnHost = { present: false, variedOn: false, otherCopies: [] };
      f.applications = [prd];
    });
    expect(contradictoryFacts.run(ctx)).toEqual([]);
  });

  it('blocks an old copy said to be mounted and varied off', () => {
    const ctx = contextFor((f) => {
      asRefresh(f);
      if (f.existingCopy) f.existingCopy.variedOn = false;
    });
    expect(contradictoryFacts.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      ['The old copy flashcopyvg is said to be mounted, but also varied off.', 'existingCopy.mounted'],
    ]);
  });

  it('blocks a target LUN whose storage volume is a source volume, naming both', () => {
    const ctx = contextFor((f) => {
      f.targets.luns[1].storageVolume = f.targets.luns[0].sourceStorageVolume;
    });
    expect(contradictoryFacts.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      [
        `Storage volume ${ctx.facts.targets.luns[0].sourceStorageVolume} is given as a target LUN and as a source volume of datavg.`,
        'targets.luns',
      ],
    ]);
  });
});
