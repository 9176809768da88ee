import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { aixLvNames } from './aix-lv-names';

describe('aix-lv-names', () => {
  it('passes valid LV names and prefix', () => {
    expect(aixLvNames.run(contextFor())).toEqual([]);
  });

  it('blocks an LV prefix with characters AIX does not allow', () => {
    const ctx = contextFor((f) => {
      f.newVg.lvPrefix = 'fc$(reboot)';
    });
    expect(aixLvNames.run(ctx)).toEqual([
      {
        id: 'aix-lv-names',
        severity: 'blocker',
        finding: 'The LV prefix "fc$(reboot)" is not valid.',
        reason:
          'recreatevg -Y puts the prefix in front of every LV name; it must be a short run of letters, digits and "_" starting with a letter, so the names stay valid AIX device names.',
        fix: 'Choose a prefix of 1 to 12 letters or digits starting with a letter, e.g. fc.',
        step: 'phase2',
        field: 'newVg.lvPrefix',
      },
    ]);
  });

  it('blocks a source LV name that is not a device name', () => {
    const ctx = contextFor((f) => {
      f.sourceVg.lvs[1].name = 'data lv';
      f.sourceVg.fileSystems[0].lv = 'data lv';
    });
    expect(aixLvNames.run(ctx).map((f) => f.finding)).toEqual([
      'LV names of the source VG are not valid: "data lv" contains characters AIX does not allow; use letters, digits, "_", "-" and ".".',
    ]);
  });
});
