import { describe, expect, it } from 'vitest';
import { okOut, svcFailOut } from '../test-support/storage-console';
import { svcRemoteGroup } from '../test-support/svc-remote-setup';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { startrcconsistgrp } from './startrcconsistgrp';
import { stoprcconsistgrp } from './stoprcconsistgrp';

const state = (svc: ReturnType<typeof svcRemoteGroup>) =>
  svc.run(lsrcconsistgrp, '-delim : -nohdr -filtervalue name=rccg_aixprd').stdout.split(':')[7];

describe('startrcconsistgrp', () => {
  it('copies the masters to the aux volumes, fuzzy and unusable until consistent_synchronized', () => {
    const svc = svcRemoteGroup();
    expect(svc.run(startrcconsistgrp, 'rccg_aixprd')).toEqual(okOut(''));
    expect(state(svc)).toBe('inconsistent_copying');
    expect(svc.storage.read('60')).toBe('A0~fuzzy');
    expect(svc.storage.isHostReadable('60')).toBe(false);
    // 10 GiB at 50 MiB/s: 205 seconds.
    svc.advance(205);
    expect(state(svc)).toBe('consistent_synchronized');
    expect([svc.storage.read('60'), svc.storage.read('61')]).toEqual(['A0', 'B0']);
    expect(svc.storage.isHostReadable('60')).toBe(false);
    // Global Mirror keeps the write order at the secondary: it follows the master, consistent.
    svc.storage.write('12', 'A1');
    expect(svc.storage.read('60')).toBe('A1');
  });

  it('refuses a group that already runs', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    expect(svc.run(startrcconsistgrp, 'rccg_aixprd')).toEqual(
      svcFailOut(
        'CMMVC5935E The action failed because the relationship or consistency group is not in a state that allows it.',
      ),
    );
  });

  it('after a DR test needs the direction, and -force for the resync that overwrites the aux', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(205);
    svc.run(stoprcconsistgrp, '-access rccg_aixprd');
    svc.storage.write('60', 'A0 written on the DR host');
    expect(svc.run(startrcconsistgrp, 'rccg_aixprd')).toEqual(
      svcFailOut('CMMVC5963E The direction has not been defined. Specify the -primary parameter.'),
    );
    expect(svc.run(startrcconsistgrp, '-primary master rccg_aixprd')).toEqual(
      svcFailOut(
        'CMMVC5962E The start failed because the secondary would lose its consistency while it is resynchronized. Specify the -force parameter.',
      ),
    );
    // The direction is master or aux: a volume or cluster name is not one.
    expect(svc.run(startrcconsistgrp, '-primary SVC01 -force rccg_aixprd')).toEqual(
      svcFailOut('CMMVC5711E [SVC01] is not valid data.'),
    );
    expect(state(svc)).toBe('idling');
    expect(svc.run(startrcconsistgrp, '-primary master -force rccg_aixprd')).toEqual(okOut(''));
    expect(state(svc)).toBe('inconsistent_copying');
    // Only the changed grains are copied again: a tenth of the full copy.
    svc.advance(21);
    expect(state(svc)).toBe('consistent_synchronized');
    expect(svc.storage.read('60')).toBe('A0');
  });

  it('restarts a group stopped in sync without -force, and names an unknown group', () => {
    const svc = svcRemoteGroup();
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    svc.advance(205);
    svc.run(stoprcconsistgrp, 'rccg_aixprd');
    expect(svc.run(startrcconsistgrp, 'rccg_aixprd')).toEqual(okOut(''));
    expect(state(svc)).toBe('consistent_synchronized');
    expect(svc.run(startrcconsistgrp, 'rccg_other')).toEqual(
      svcFailOut('CMMVC5753E The specified object does not exist or is not a suitable candidate.'),
    );
  });
});
