import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerConsistency, decideApproach } from '../core/model/consistency-decision';
import { parseFacts } from '../core/checks/schema-issues';
import { buildPlan } from '../core/plan/build-plan';
import { validFacts } from '../core/test-support/arbitraries';
import { mergeOverrides } from './plan-facts';
import { scenarioAnswers } from './plan-scenario';

const aixLevels = fc.constantFrom(
  { release: '5.2' as const, technologyLevel: 8, hasIY66043: false },
  { release: '5.2' as const, technologyLevel: 8, hasIY66043: true },
  { release: '5.3' as const, technologyLevel: 0, hasIY66043: false },
  { release: '7.2' as const, technologyLevel: 5, hasIY66043: false },
);

describe('the wizard and the command line decide consistency alike', () => {
  it('gives the same plan for the same facts and the same storage', () => {
    fc.assert(
      fc.property(validFacts, aixLevels, fc.boolean(), fc.boolean(), (base, aix, jfs, consistencyGroup) => {
        const facts = structuredClone(base);
        facts.aix = aix;
        if (jfs && facts.sourceVg.fileSystems.length > 0) facts.sourceVg.fileSystems[0].vfs = 'jfs';
        const answers = scenarioAnswers(consistencyGroup, facts.applications);
        // The wizard: the admin answers question 1, then (only when the file systems stay mounted) question 3.
        let wizard = answerConsistency(facts, { canUnmount: answers.canUnmount });
        if (!answers.canUnmount) wizard = answerConsistency(wizard, { consistencyGroup });
        // The command line: the decision written into the facts it imports.
        const cli = parseFacts(
          mergeOverrides(facts, { consistency: { approach: decideApproach(facts, answers) } }),
        );
        if (!cli.ok) throw new Error(JSON.stringify(cli.findings));
        // The wizard also keeps the answers themselves; the method and every other setting agree.
        const { canUnmount: _u, consistencyGroup: _g, ...decided } = wizard.consistency;
        expect(cli.facts.consistency).toEqual(decided);
        expect(buildPlan(cli.facts)).toEqual(buildPlan(wizard));
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});
