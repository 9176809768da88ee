import { describe, expect, it } from 'vitest';
import { exampleFacts } from '../test-support/facts';
import { checks, runChecks } from './index';

describe('runChecks', () => {
  it('finds nothing wrong with the worked example of docs/procedure.md', () => {
    expect(runChecks(exampleFacts())).toEqual([]);
  });

  it('gives every check its own id', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists blockers before warnings before advice', () => {
    const findings = runChecks(
      exampleFacts((f) => {
        f.copy.storage = 'other';
        f.chdevPvSteps = true;
        f.newVg.name = 'datavg';
      }),
    );
    expect(findings.map((f) => [f.severity, f.id])).toEqual([
      ['blocker', 'vg-name-in-odm'],
      ['warning', 'chdev-pv-unnecessary'],
      ['advice', 'storage-commands-manual'],
    ]);
  });
});
