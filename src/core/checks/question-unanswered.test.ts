import { describe, expect, it } from 'vitest';
import { evaluate, parseFacts } from '../engine';
import { emptyFacts } from '../model/sample';
import { contextFor, runningApplication } from '../test-support/facts';
import { questionUnanswered } from './question-unanswered';

const reason =
  'The answer decides what the script does to production (unmount, freeze, stop the application); vgcopy never assumes it.';

describe('question-unanswered', () => {
  it('blocks a runbook whose admin has not said whether the file systems can be unmounted', () => {
    const ctx = contextFor((f) => {
      f.consistency = emptyFacts().consistency;
    });
    expect(questionUnanswered.run(ctx)).toEqual([
      {
        id: 'question-unanswered',
        severity: 'blocker',
        finding: 'Not answered: “Can the file systems be unmounted while the copy is taken?”',
        reason,
        fix: 'Answer it on the Consistency page.',
        step: 'consistency',
        field: 'consistency.canUnmount',
      },
    ]);
  });

  it('asks the consistency-group question once the file systems stay mounted, and each application’s', () => {
    const ctx = contextFor((f) => {
      f.consistency = { ...emptyFacts().consistency, canUnmount: false };
      f.applications = [{ ...runningApplication('db2', 'PRD'), running: null, crashRecoverable: null }];
    });
    expect(questionUnanswered.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      [
        'Not answered: “Can the storage copy every LUN in one consistency group?”',
        'consistency.consistencyGroup',
      ],
      ['Not answered: “Does DB2 PRD run while the copy is taken?”', 'applications.0.running'],
      [
        'Not answered: “Can DB2 PRD recover from a crash (as after a power cut)?”',
        'applications.0.crashRecoverable',
      ],
    ]);
  });

  it('finds nothing once a method is chosen and every application answered', () => {
    expect(questionUnanswered.run(contextFor())).toEqual([]);
    const chosen = contextFor((f) => {
      f.consistency = { ...emptyFacts().consistency, approach: 'consistency-group' };
      f.applications = [runningApplication('db2', 'PRD')];
    });
    expect(questionUnanswered.run(chosen)).toEqual([]);
  });

  it('keeps the command line and the API from writing a script for an unanswered question', () => {
    const facts = contextFor((f) => {
      f.consistency = emptyFacts().consistency;
    }).facts;
    const options = { generatedAt: '2026-12-06T08:00:00Z', version: '1.0.0' };
    const direct = evaluate(facts, options);
    expect([direct.blocked, direct.outputs]).toEqual([true, undefined]);
    // The API and the command line read JSON through the schema first: an unanswered question passes it
    // (null is its stored shape) and is refused by the checks.
    const parsed = parseFacts(JSON.parse(JSON.stringify(facts)));
    if (!parsed.ok) throw new Error('the schema refused an unanswered question');
    const read = evaluate(parsed.facts, options);
    expect([read.blocked, read.outputs]).toEqual([true, undefined]);
    expect(read.findings.filter((f) => f.severity === 'blocker').map((f) => f.id)).toEqual([
      'question-unanswered',
    ]);
  });
});
