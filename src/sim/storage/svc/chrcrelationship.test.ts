import { describe, expect, it } from 'vitest';
import { okOut, svcRemoteConsole, svcFailOut } from '../test-support/storage-console';
import { chrcrelationship } from './chrcrelationship';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { mkrcconsistgrp } from './mkrcconsistgrp';
import { mkrcrelationship } from './mkrcrelationship';
import { startrcconsistgrp } from './startrcconsistgrp';

describe('chrcrelationship', () => {
  it('puts stand-alone relationships in a group, and takes one out again', () => {
    const svc = svcRemoteConsole();
    svc.run(mkrcconsistgrp, '-name rccg_aixprd');
    svc.run(mkrcrelationship, '-master 12 -aux 60 -cluster SVC02 -global');
    svc.run(mkrcrelationship, '-master 13 -aux 61 -cluster SVC02 -global');
    expect(svc.run(chrcrelationship, '-consistgrp rccg_aixprd rcrel12')).toEqual(okOut(''));
    expect(svc.run(chrcrelationship, '-consistgrp 0 13')).toEqual(okOut(''));
    expect(svc.run(lsrcconsistgrp, '-delim : -nohdr').stdout).toBe(
      '0:rccg_aixprd:0000020064B9B841:SVC01:0000020064B9B842:SVC02:master:inconsistent_stopped:2:global:none:\n',
    );
    expect(svc.run(chrcrelationship, '-noconsistgrp 13')).toEqual(okOut(''));
    expect(svc.run(lsrcconsistgrp, '-delim : -nohdr').stdout.split(':')[8]).toBe('1');
  });

  it('refuses a relationship whose state is not the group’s', () => {
    const svc = svcRemoteConsole();
    svc.run(mkrcconsistgrp, '-name rccg_aixprd');
    svc.run(mkrcrelationship, '-master 12 -aux 60 -cluster SVC02 -global -consistgrp rccg_aixprd');
    svc.run(mkrcrelationship, '-master 13 -aux 61 -cluster SVC02 -global');
    svc.run(startrcconsistgrp, 'rccg_aixprd');
    expect(svc.run(chrcrelationship, '-consistgrp rccg_aixprd rcrel13')).toEqual(
      svcFailOut(
        'CMMVC5935E The action failed because the relationship or consistency group is not in a state that allows it.',
      ),
    );
  });
});
