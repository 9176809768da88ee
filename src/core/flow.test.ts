import { describe, expect, it } from 'vitest';
import { missingAnswers, nextStep, previousStep } from './flow';
import { wizardSteps } from './wizard-steps';
import { emptyFacts, sampleFacts } from './model/sample';
import { factsSchema } from './model/facts';
import { retireFacts } from './test-support/retire';

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
    expect(missingAnswers('consistency', facts, 'x')).toEqual([
      'the answer to “Can the file systems be unmounted while the copy is taken?”',
    ]);
    expect(missingAnswers('phase2', facts, 'x')).toEqual(['the copy VG name']);
    const earlier = [
      'what Start still needs',
      'what Phase 1 · Configure LUNs still needs',
      'what Consistency still needs',
      'what Phase 2 · Access the VG still needs',
    ];
    expect(missingAnswers('review', facts, '')).toEqual(earlier);
    expect(missingAnswers('rehearse', facts, '')).toEqual(earlier);
  });

  it('asks a retire for its copy on Start, and nothing of the bring-up pages', () => {
    const facts = retireFacts((f) => {
      f.existingCopy = { vgName: 'flashcopyvg', disks: [], variedOn: true, mounted: true };
      f.consistency.approach = null;
    });
    expect(wizardSteps.map((s) => missingAnswers(s.id, facts, 'retire flashcopyvg'))).toEqual([
      [
        "the copy's disks",
        "the copy's VG identifier",
        'the answer to “flashcopyvg is in use: may the script unmount it once whoever uses it has stopped?”',
      ],
      [],
      [],
      [],
      ['what Start still needs'],
      ['what Start still needs'],
    ]);
    expect(missingAnswers('review', retireFacts(), 'retire flashcopyvg')).toEqual([]);
  });

  it('counts Consistency answered only once every question deciding production is', () => {
    const facts = sampleFacts();
    facts.consistency = { ...facts.consistency, approach: null, canUnmount: false, consistencyGroup: null };
    facts.applications = [
      {
        kind: 'db2',
        name: 'PRD',
        owner: 'db2inst1',
        running: null,
        crashRecoverable: true,
        hotBackupStart: '',
        hotBackupEnd: '',
        fileSystems: [],
      },
    ];
    expect(missingAnswers('consistency', facts, 'x')).toEqual([
      'the answer to “Can the storage copy every LUN in one consistency group?”',
      'the answer to “Does DB2 PRD run while the copy is taken?”',
    ]);
    expect(missingAnswers('review', facts, 'x')).toEqual(['what Consistency still needs']);
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
