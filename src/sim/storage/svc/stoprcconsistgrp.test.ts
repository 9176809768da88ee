import { describe, expect, it } from 'vitest';
import { okOut, svcFailOut } from '../test-support/storage-console';
import { svcRemoteGroup } from '../test-support/svc-remote-setup';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { startrcconsistgrp } from './startrcconsistgrp';
import { stoprcconsistgrp } from './stoprcconsistgrp';

const row = (svc: ReturnType<typeof svcRemoteGroup>) =>
  svc.run(lsrcconsistgrp, '-delim : -nohdr rccg_aixprd').stdout;

describe('stoprcconsistgrp', () => {
  it('-access on a synchronized group gives the DR host a consistent, writable copy; production goes on', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(205);
    svc.storage.write('12', 'A1');
    expect(svc.run(stoprcconsistgrp, '-access rccg_aixprd')).toEqual(okOut(''));
    expect(row(svc)).toContain('\nprimary:\nstate:idling\n');
    expect(row(svc)).toContain('\nsync:in_sync\n');
    expect(svc.storage.read('60')).toBe('A1');
    expect([svc.storage.isHostWritable('60'), svc.storage.isHostWritable('12')]).toEqual([true, true]);
    svc.storage.write('12', 'A2');
    expect(svc.storage.read('60')).toBe('A1');
    expect(row(svc)).toContain('\nsync:out_of_sync\n');
  });

  it('without -access keeps the aux unusable (consistent_stopped)', () => {
    const svc = svcRemoteGroup('');
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(205);
    expect(svc.run(stoprcconsistgrp, 'rccg_aixprd')).toEqual(okOut(''));
    expect(row(svc)).toContain('\nstate:consistent_stopped\n');
    expect(svc.storage.isHostReadable('60')).toBe(false);
    expect(svc.run(stoprcconsistgrp, '-access rccg_aixprd')).toEqual(okOut(''));
    expect(svc.storage.isHostReadable('60')).toBe(true);
  });

  it('stopping a group still inconsistent_copying leaves a fuzzy aux', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(100);
    expect(svc.run(stoprcconsistgrp, '-access rccg_aixprd')).toEqual(okOut(''));
    expect(row(svc)).toContain('\nstate:idling\n');
    expect(row(svc)).toContain('\nsync:out_of_sync\n');
    expect(svc.storage.read('60')).toBe('A0~fuzzy');
  });

  it('refuses a group idling or never started, and -access alone is no object', () => {
    const svc = svcRemoteGroup();
    const wrongState = svcFailOut(
      'CMMVC5935E The action failed because the relationship or consistency group is not in a state that allows it.',
    );
    expect(svc.run(stoprcconsistgrp, 'rccg_aixprd')).toEqual(wrongState);
    svc.run(stoprcconsistgrp, '-access rccg_aixprd');
    expect(svc.run(stoprcconsistgrp, '-access rccg_aixprd')).toEqual(wrongState);
    expect(svc.run(stoprcconsistgrp, '-access')).toEqual(
      svcFailOut('CMMVC5701E No object ID was specified.'),
    );
  });
});
