import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { schemaIssues } from './schema-issues';

describe('errors of input in plain words', () => {
  it('say what to do at each field, keyed by the fact path', () => {
    const facts = structuredClone(sampleFacts());
    facts.sourceVg.name = '';
    facts.sourceVg.disks[1].pvid = '12zz';
    facts.consistency.freezeTimeoutSeconds = 0;
    expect(Object.fromEntries(schemaIssues(facts))).toEqual({
      'sourceVg.name': 'This is empty: enter a value.',
      'sourceVg.disks.1.pvid': 'a PVID is 16 hexadecimal digits, as lspv shows it.',
      'consistency.freezeTimeoutSeconds': 'Enter more than 0.',
    });
  });
});
