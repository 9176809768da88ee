import { describe, expect, it } from 'vitest';
import { sampleFacts } from '../../../core/model/sample';
import { evaluate } from '../../../core/engine';
import { svcGroupHint } from './svc-group-hint';

describe('the hint under the SVC consistency group field', () => {
  it('names the group the runbook makes when the field is empty: fccg_ and the VG, cut to 15 characters', () => {
    expect([svcGroupHint('datavg'), svcGroupHint('productiondatavg'), svcGroupHint('')]).toEqual([
      'Empty: fccg_datavg.',
      'Empty: fccg_production.',
      'Empty: fccg_<source VG>.',
    ]);
  });

  it('is the group the runbook’s script creates', () => {
    const facts = sampleFacts();
    facts.copy.storage = 'svc';
    facts.consistency = {
      approach: 'freeze-and-consistency-group',
      freezeTimeoutSeconds: 60,
      acknowledgeUnsupported: false,
    };
    const script = evaluate(facts, { generatedAt: '2026-11-25T13:00:00Z', version: 'test', storage: 'cli' })
      .outputs?.script;
    // The script names each storage command on its `skip` line (shown when the step is skipped).
    const created = (script ?? '')
      .split('\n')
      .map((line) => /^\s*skip '(mkfcconsistgrp .*)'$/.exec(line)?.[1])
      .filter(Boolean);
    expect([svcGroupHint(facts.sourceVg.name), created]).toEqual([
      'Empty: fccg_datavg.',
      ['mkfcconsistgrp -name fccg_datavg'],
    ]);
  });
});
