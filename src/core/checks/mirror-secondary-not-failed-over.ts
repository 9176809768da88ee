/**
 * docs/procedure.md "Copy methods": Metro and Global Mirror secondaries are readable by a host only after the
 * relationship is suspended or failed over; recreatevg also writes to them (new PVIDs), which only a
 * failed-over secondary accepts (docs/aix-behaviour.md 18.10).
 */
import { isMirror } from '../model/copy-layout';
import { defineCheck } from './check';

export const mirrorSecondaryNotFailedOver = defineCheck('mirror-secondary-not-failed-over', ({ facts }) => {
  // SVC has no failover: stoprcconsistgrp -access is how its aux volumes become writable, always planned.
  if (!isMirror(facts) || facts.copy.storage === 'svc') return [];
  const access = facts.storage?.mirrorSecondary ?? 'failover';
  if (access === 'failover') return [];
  const asIs = access === 'as-is';
  return [
    {
      severity: asIs ? 'blocker' : 'warning',
      finding: asIs
        ? 'The mirror secondaries are to be used while the pairs still mirror.'
        : 'The mirror pairs are only suspended, not failed over.',
      reason: asIs
        ? 'A secondary in full duplex is not readable by the host: cfgmgr may configure it but reads fail and the VG cannot be imported.'
        : 'A suspended secondary can be read, but recreatevg must write new PVIDs and VGDAs, which a secondary accepts only after failover.',
      fix: 'Fail the pairs over (DS8000: failoverpprc on the secondary box) before the host accesses the secondaries.',
      step: 'phase1',
      field: 'storage.mirrorSecondary',
    },
  ];
});
