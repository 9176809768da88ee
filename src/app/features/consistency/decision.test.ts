import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../../core/model/sample';
import { logsNotReadNote } from '../../../core/checks/log-placement';
import { sharedLogs } from './decision';

describe('the log layout shown on the Consistency page', () => {
  it('lists the file systems that share one log', () => {
    const facts = structuredClone(sampleFacts());
    expect(sharedLogs(facts)).toEqual([]);
    facts.sourceVg.fileSystems[1].log = 'loglv00';
    expect(sharedLogs(facts)).toEqual([{ log: 'loglv00', mountPoints: ['/data', '/app'] }]);
  });

  it('asserts no sharing for logs guessed from lsvg -l: they are not read yet', () => {
    const facts = structuredClone(sampleFacts());
    for (const fs of facts.sourceVg.fileSystems) Object.assign(fs, { log: 'loglv00', logRead: false });
    expect(sharedLogs(facts)).toEqual([]);
    expect(logsNotReadNote(facts.sourceVg.fileSystems)).toBe(
      'The log of /data and /app is not read yet: run lsfs -q or cat /etc/filesystems.',
    );
    facts.sourceVg.fileSystems[0].logRead = true;
    facts.sourceVg.fileSystems[1].logRead = true;
    expect([sharedLogs(facts), logsNotReadNote(facts.sourceVg.fileSystems)]).toEqual([
      [{ log: 'loglv00', mountPoints: ['/data', '/app'] }],
      null,
    ]);
  });
});
