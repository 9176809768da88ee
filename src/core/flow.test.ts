import { describe, expect, it } from 'vitest';
import { missingAnswers, nextStep, previousStep, wizardSteps } from './flow';
import { emptyFacts, sampleFacts } from './model/sample';
import { factsSchema } from './model/facts';

describe('the wizard flow', () => {
  it('walks Start, Phase 1, Consistency, Phase 2, Review, Rehearse in that order', () => {
    const order: string[] = [];
    for (let s: (typeof wizardSteps)[number]['id'] | undefined = 'start'; s; s = nextStep(s)) order.push(s);
    expect(order).toEqual(['start', 'phase1', 'consistency', 'phase2', 'review', 'rehearse']);
    expect(previousStep('start')).toBeUndefined();
    expect(previousStep('phase2')).toBe('consistency');
  });

  it('lists what a new runbook still needs on each page', () => {
    const facts = emptyFacts();
    expect(missingAnswers('start', facts, '')).toEqual([
      'a runbook name',
      'the source VG name',
      'the source VG disks',
    ]);
    expect(missingAnswers('phase1', facts, 'x')).toEqual(['the target LUNs']);
    expect(missingAnswers('phase2', facts, 'x')).toEqual(['the copy VG name']);
  });

  it('asks for the acknowledgement before the unsupported fallback counts as answered', () => {
    const facts = sampleFacts();
    facts.consistency.approach = 'unsupported-fallback';
    expect(missingAnswers('consistency', facts, 'x')).toEqual([
      'the acknowledgement of the unsupported fallback',
    ]);
    facts.consistency.acknowledgeUnsupported = true;
    expect(missingAnswers('consistency', facts, 'x')).toEqual([]);
  });

  it('has nothing missing for the sample environment, which the schema accepts', () => {
    const facts = sampleFacts();
    for (const step of wizardSteps) expect(missingAnswers(step.id, facts, 'nightly refresh')).toEqual([]);
    expect(factsSchema.safeParse(facts).success).toBe(true);
  });
});
