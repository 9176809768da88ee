import { describe, expect, it } from 'vitest';
import { factDifferences } from './facts-diff';
import { sampleFacts } from './sample';

describe('the differences between two versions of a runbook', () => {
  it('names each differing value by its field and page, with both values', () => {
    const mine = sampleFacts();
    const theirs = sampleFacts();
    mine.newVg.name = 'fcvg';
    theirs.sourceVg.disks[0].pvid = '00c8a1b2c3d4e5f6';
    theirs.consistency.freezeTimeoutSeconds = 120;
    expect(factDifferences(mine, theirs)).toEqual([
      {
        field: 'sourceVg.disks.0.pvid',
        step: 'start',
        mine: JSON.stringify(mine.sourceVg.disks[0].pvid),
        theirs: '"00c8a1b2c3d4e5f6"',
      },
      {
        field: 'newVg.name',
        step: 'phase2',
        mine: '"fcvg"',
        theirs: JSON.stringify(sampleFacts().newVg.name),
      },
      {
        field: 'consistency.freezeTimeoutSeconds',
        step: 'consistency',
        mine: JSON.stringify(mine.consistency.freezeTimeoutSeconds),
        theirs: '120',
      },
    ]);
  });

  it('says "(none)" for a value only one version has, and finds nothing between equal facts', () => {
    const theirs = { ...sampleFacts(), existingCopy: undefined };
    const existingCopy = { vgName: 'fcvg', disks: [], variedOn: false, mounted: false };
    const mine = { ...sampleFacts(), existingCopy };
    expect(factDifferences(sampleFacts(), sampleFacts())).toEqual([]);
    expect(factDifferences(mine, theirs).map((d) => [d.field, d.theirs])).toEqual([
      ['existingCopy', '(none)'],
    ]);
  });
});
