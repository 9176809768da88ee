import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { nextRefreshFacts } from './next-refresh';

describe('the runbook for the next refresh', () => {
  it('takes the copy this runbook brought up as the existing copy, on the same target LUNs', () => {
    const first = sampleFacts();
    expect(nextRefreshFacts(first)).toEqual({
      ...first,
      mode: 'refresh',
      existingCopy: {
        vgName: 'flashcopyvg',
        disks: ['hdisk10', 'hdisk11', 'hdisk12'],
        variedOn: true,
        mounted: true,
      },
    });
  });
});
