import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { logNotRead } from './log-not-read';

/** The example after lsvg -l alone: /data and /app on the VG's jfs2log, a guess. */
const guessed = (approach: 'unmount' | 'freeze-and-consistency-group') =>
  contextFor((f) => {
    f.consistency.approach = approach;
    for (const fs of f.sourceVg.fileSystems) Object.assign(fs, { log: 'loglv00', logRead: false });
  });

/** What the finding says in both cases: the file systems, and the commands that read their logs. */
const named = {
  id: 'log-not-read',
  finding: 'The log of /data and /app is guessed from lsvg -l, not read.',
  fix: 'Run lsfs -q or cat /etc/filesystems on the source host and paste the output, or type each log in the file-system table.',
  step: 'start',
  field: 'sourceVg.fileSystems',
};

describe('log-not-read', () => {
  it('says nothing when every log was read or typed', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.sourceVg.fileSystems[0].logRead = true;
    });
    expect(logNotRead.run(ctx)).toEqual([]);
  });

  it('blocks a live copy whose logs were guessed from lsvg -l, naming them and the commands', () => {
    expect(logNotRead.run(guessed('freeze-and-consistency-group'))).toEqual([
      {
        ...named,
        severity: 'blocker',
        reason:
          'A live copy replays each log with logredo, and file systems sharing a log must be copied at one instant: the log layout decides both, and lsvg -l and plain lsfs do not print it.',
      },
    ]);
  });

  it('warns when the file systems are unmounted for the copy', () => {
    expect(logNotRead.run(guessed('unmount'))).toEqual([
      {
        ...named,
        severity: 'warning',
        reason:
          'The log layout decides which log LVs must be on the copied disks; lsvg -l and plain lsfs do not print it.',
      },
    ]);
  });

  it('names only the file systems whose log is still a guess', () => {
    const ctx = guessed('freeze-and-consistency-group');
    ctx.facts.sourceVg.fileSystems[0].logRead = true;
    expect(logNotRead.run(ctx).map((f) => f.finding)).toEqual([
      'The log of /app is guessed from lsvg -l, not read.',
    ]);
  });
});
