import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { freezeNotChosen } from './freeze-not-chosen';

describe('freeze-not-chosen', () => {
  it('advises freeze/thaw beside a consistency group on JFS2 and AIX 7.2', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'consistency-group';
    });
    expect(freezeNotChosen.run(ctx)).toEqual([
      {
        id: 'freeze-not-chosen',
        severity: 'advice',
        finding: `The file systems stay mounted during the copy and JFS2 freeze/thaw is available on AIX ${ctx.facts.aix.release}, but it is not planned.`,
        reason:
          'chfs -a freeze flushes the JFS2 metadata and holds new writes for the instant of the copy: the copy then mounts without replaying half-written metadata. IBM orders it hot-backup, sync, freeze, copy, thaw, end hot-backup.',
        fix: 'Choose both freeze/thaw and the consistency group.',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ]);
  });

  it('advises freeze/thaw instead of the unsupported fallback', () => {
    const ctx = contextFor((f) => {
      f.consistency.approach = 'unsupported-fallback';
    });
    expect(freezeNotChosen.run(ctx).map((f) => f.fix)).toEqual([
      'Choose JFS2 freeze/thaw instead of the unsupported fallback.',
    ]);
  });

  it('stays silent when freeze is planned, the file systems are unmounted, or freeze is not there', () => {
    for (const approach of ['freeze', 'freeze-and-consistency-group', 'unmount'] as const)
      expect(
        freezeNotChosen.run(
          contextFor((f) => {
            f.consistency.approach = approach;
          }),
        ),
      ).toEqual([]);
    const ml0 = contextFor((f) => {
      f.consistency.approach = 'consistency-group';
      f.aix = { release: '5.3', technologyLevel: 0, hasIY66043: false };
    });
    expect(freezeNotChosen.run(ml0)).toEqual([]);
    const jfs = contextFor((f) => {
      f.consistency.approach = 'consistency-group';
      f.sourceVg.fileSystems[0].vfs = 'jfs';
    });
    expect(freezeNotChosen.run(jfs)).toEqual([]);
  });
});
