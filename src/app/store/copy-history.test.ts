import { describe, expect, it } from 'vitest';
import { exampleFacts } from '../../core/test-support/facts';
import type { StoredRunRecord } from '../../core/run-record/record-schema';
import { ranCopy } from './copy-history';
import type { Runbook } from './runbook';

const runbook: Runbook = {
  id: 'rb1',
  name: 'Nightly copy of datavg',
  facts: exampleFacts(),
  lastStep: 'review',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
};
const record: StoredRunRecord = {
  sha256: 'a'.repeat(64),
  version: '0.4.0',
  host: 'aixprod01',
  user: 'jdoe',
  startedAt: '2026-12-05T22:00:03',
  endedAt: '2026-12-05T22:04:10',
  exitCode: 0,
  steps: [],
  undo: [],
  ending: [],
  earlierRuns: [],
  otherScriptRuns: 0,
  readAt: '2026-12-06T08:00:00.000Z',
};

describe('reading a run back into the runbook', () => {
  it('keeps the record and adds the copy the run brought up to the history', () => {
    const kept = ranCopy(runbook, record);
    expect([
      kept.runRecord,
      kept.copyHistory?.map((e) => [e.startedAt, e.copies.map((c) => c.vgName)]),
    ]).toEqual([record, [['2026-12-05T22:00:03', ['flashcopyvg']]]]);
  });

  it('keeps the record of a failed run, and no history entry for it', () => {
    const failed = { ...record, exitCode: 3 };
    expect(ranCopy({ ...runbook, copyHistory: [] }, failed)).toEqual({ runRecord: failed });
  });
});
