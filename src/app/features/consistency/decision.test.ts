import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../../core/model/sample';
import { sharedLogs } from './decision';

describe('the log layout shown on the Consistency page', () => {
  it('lists the file systems that share one log', () => {
    const facts = structuredClone(sampleFacts());
    expect(sharedLogs(facts)).toEqual([]);
    facts.sourceVg.fileSystems[1].log = 'loglv00';
    expect(sharedLogs(facts)).toEqual([{ log: 'loglv00', mountPoints: ['/data', '/app'] }]);
  });
});
