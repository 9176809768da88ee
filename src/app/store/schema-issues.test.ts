import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { pathInWords, schemaIssues } from './schema-issues';

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

  it('name a fact in words', () => {
    expect(pathInWords('sourceVg.disks.1.pvid')).toBe('Source VG disk 2 PVID');
    expect(pathInWords('newVg.lvPrefix')).toBe('Copy VG LV prefix');
  });
});
