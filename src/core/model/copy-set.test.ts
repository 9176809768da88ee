import { describe, expect, it } from 'vitest';
import { exampleFacts, withLogVg } from '../test-support/facts';
import { copySet, wholeSet } from './copy-set';

describe('copy set', () => {
  it('is the runbook itself for one VG', () => {
    const facts = exampleFacts();
    expect(copySet(facts)).toEqual([{ facts, fieldPrefix: '' }]);
    expect(wholeSet(facts)).toBe(facts);
  });

  it('sees each VG of a set as a runbook of its own: its source, its copy, its LUNs', () => {
    const facts = exampleFacts(withLogVg);
    const [data, log] = copySet(facts);
    expect(data!.facts).toEqual({
      ...facts,
      moreVgs: [],
      targets: { ...facts.targets, luns: facts.targets.luns.slice(0, 3) },
    });
    expect(log).toEqual({
      facts: {
        ...facts,
        sourceVg: facts.moreVgs[0]!.sourceVg,
        newVg: facts.moreVgs[0]!.newVg,
        moreVgs: [],
        targets: { ...facts.targets, luns: [facts.targets.luns[3]] },
      },
      fieldPrefix: 'moreVgs.0.',
    });
  });

  it('takes every disk, LV and file system of the set at the one instant', () => {
    const facts = exampleFacts(withLogVg);
    const whole = wholeSet(facts).sourceVg;
    expect([whole.name, whole.disks.map((d) => d.name), whole.fileSystems.map((f) => f.mountPoint)]).toEqual([
      'datavg',
      ['hdisk4', 'hdisk5', 'hdisk6', 'hdisk7'],
      ['/data', '/app', '/db2log'],
    ]);
  });
});
