import { describe, expect, it } from 'vitest';
import { factsSchema } from '../model/facts';
import { exampleFacts } from '../test-support/facts';
import { issueInWords, pathInWords } from './issue-words';

describe('a schema issue in words at its field', () => {
  it('names a fact as the admin knows it, counting from 1', () => {
    expect(pathInWords('sourceVg.disks.1.pvid')).toBe('Source VG disk 2 PVID');
    expect(pathInWords('newVg.lvPrefix')).toBe('Copy VG LV prefix');
    expect(pathInWords('facts.sourceVg.name')).toBe('Source VG name');
  });

  it('says the field, what is wrong and what to do, in place of zod generic wording', () => {
    const facts = exampleFacts((f) => {
      f.sourceVg.name = '';
      f.sourceVg.disks[1].pvid = '12zz';
      f.consistency.freezeTimeoutSeconds = 0;
    });
    const result = factsSchema.safeParse(facts);
    expect(result.success || result.error.issues.map((i) => issueInWords(i, 'The facts'))).toEqual([
      'Source VG name: This is empty: enter a value.',
      'Source VG disk 2 PVID: a PVID is 16 hexadecimal digits, as lspv shows it.',
      'Consistency freeze timeout: Enter more than 0.',
    ]);
  });

  it('names the whole input when the issue is not at a field', () => {
    const result = factsSchema.safeParse('hello');
    expect(result.success || result.error.issues.map((i) => issueInWords(i, 'The facts'))).toEqual([
      'The facts: Invalid input: expected object, received string.',
    ]);
  });
});
