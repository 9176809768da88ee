import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { findingsOf, planOf } from './use-engine';

describe('the engine as the wizard calls it', () => {
  it('gives malformed facts as findings in words at their field, and no plan', () => {
    const facts = structuredClone(sampleFacts());
    facts.sourceVg.disks[1].pvid = '12zz';
    expect(findingsOf(facts)).toEqual([
      {
        id: 'facts-schema',
        severity: 'blocker',
        finding: 'Source VG disk 2 PVID: a PVID is 16 hexadecimal digits, as lspv shows it.',
        reason: 'The value does not have the form vgcopy expects, so no check or plan can use it.',
        fix: 'Correct the field marked in red on Start.',
        step: 'start',
        field: 'sourceVg.disks.1.pvid',
      },
    ]);
    expect(planOf(facts)).toBeNull();
  });

  it('computes the findings once per facts object', () => {
    const facts = sampleFacts();
    expect(findingsOf(facts)).toBe(findingsOf(facts));
    expect(planOf(facts)?.access.method).toBe('recreatevg');
  });
});
