import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/facts';
import { aixVgNames } from './aix-vg-names';

describe('aix-vg-names', () => {
  it('passes valid names', () => {
    expect(aixVgNames.run(contextFor())).toEqual([]);
  });

  it('blocks a copy VG name longer than 15 characters', () => {
    const ctx = contextFor((f) => {
      f.newVg.name = 'flashcopydatavg01';
    });
    expect(aixVgNames.run(ctx)).toEqual([
      {
        id: 'aix-vg-names',
        severity: 'blocker',
        finding: `The copy's VG name is not valid: "flashcopydatavg01" has 17 characters; AIX allows at most 15.`,
        reason:
          'AIX accepts VG names of 1 to 15 letters, digits, "_", "-" and "."; a name that breaks the rules stops importvg/recreatevg, and only such names are safe to put in the script.',
        fix: 'Choose a VG name of at most 15 letters, digits, "_", "-" or ".", e.g. fcdatavg.',
        step: 'phase2',
        field: 'newVg.name',
      },
    ]);
  });

  it('blocks shell characters, reserved prefixes and a bad source or old-copy name', () => {
    const ctx = contextFor((f) => {
      f.newVg.name = "fc'vg";
      f.sourceVg.name = 'hdisk7';
      f.mode = 'refresh';
      f.existingCopy = { vgName: '-old', disks: [], variedOn: false, mounted: false };
    });
    expect(aixVgNames.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      [
        `The copy's VG name is not valid: "fc'vg" contains characters AIX does not allow; use letters, digits, "_", "-" and ".".`,
        'newVg.name',
      ],
      [
        'The source VG name is not valid: "hdisk7" uses the reserved device prefix "hdisk" (0516-358).',
        'sourceVg.name',
      ],
      [
        `The existing copy's VG name is not valid: "-old" starts with "-", which commands would read as a flag.`,
        'existingCopy.vgName',
      ],
    ]);
  });

  it('refuses proc devices and a bare reserved prefix, as checkname does after stripping the digits', () => {
    const ctx = contextFor((f) => {
      f.newVg.name = 'proc0';
      f.sourceVg.name = 'hdisk';
    });
    expect(aixVgNames.run(ctx).map((f) => [f.finding, f.field])).toEqual([
      [
        'The copy\'s VG name is not valid: "proc0" uses the reserved device prefix "proc" (0516-358).',
        'newVg.name',
      ],
      [
        'The source VG name is not valid: "hdisk" uses the reserved device prefix "hdisk" (0516-358).',
        'sourceVg.name',
      ],
    ]);
  });
});
