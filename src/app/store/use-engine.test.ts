import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { useRunbooks } from './runbooks';
import { findingsOf, planOf, runbookExports } from './use-engine';

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

  it('exports the same script, byte for byte, however the admin moves between pages: Rehearse plays what Review downloads', async () => {
    const store = useRunbooks.getState();
    const id = store.createRunbook('Sample', sampleFacts());
    const script = () => {
      const runbook = useRunbooks.getState().runbooks[id];
      const plan = planOf(runbook.facts) ?? expect.unreachable('the sample has a plan');
      return runbookExports(runbook, plan).script;
    };
    const downloaded = script();
    store.visit(id, 'review');
    store.visit(id, 'rehearse');
    expect(script()).toBe(downloaded);
    // A change of the runbook is a new script: its header says when the runbook last changed.
    await new Promise((resolve) => setTimeout(resolve, 2));
    store.updateFacts(id, (facts) => ({ ...facts, hostname: 'aixprod02' }));
    const [, , dated] = script().split('\n');
    expect(dated).toBe(`# generated ${useRunbooks.getState().runbooks[id].updatedAt} for host aixprod02`);
    expect(script()).not.toBe(downloaded);
  });
});
