import { describe, expect, it } from 'vitest';
import { exampleFacts } from '../test-support/facts';
import { parseFacts } from './schema-issues';

describe('parseFacts', () => {
  it('accepts the example facts', () => {
    expect(parseFacts(exampleFacts())).toEqual({ ok: true, facts: exampleFacts() });
  });

  it('turns a bad PVID into a blocker at its field, on the page where it is typed', () => {
    const facts = exampleFacts((f) => {
      f.sourceVg.disks[1].pvid = '00c8d3e4';
    });
    expect(parseFacts(facts)).toEqual({
      ok: false,
      findings: [
        {
          id: 'facts-schema',
          severity: 'blocker',
          finding: 'Source VG disk 2 PVID: a PVID is 16 hexadecimal digits, as lspv shows it.',
          reason: 'The value does not have the form vgcopy expects, so no check or plan can use it.',
          fix: 'Enter or correct it on Start.',
          step: 'start',
          field: 'sourceVg.disks.1.pvid',
        },
      ],
    });
  });

  it('says what is wrong with input that is not facts at all', () => {
    const result = parseFacts('hello');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings.map((f) => [f.finding, f.field, f.step])).toEqual([
      ['The facts: Invalid input: expected object, received string.', undefined, 'start'],
    ]);
  });
});
