/**
 * docs/procedure.md "Retiring a copy": the storage admin's part, once the host has removed the copy's
 * disks. A FlashCopy's relationships are removed (DS8000 rmflash; SVC rmfcmap, after the group or mapping
 * is stopped where it still copies), and the copy's volumes unmapped from this host (DS8000 chvolgrp
 * -action remove from the host's volume group; SVC rmvdiskhostmap). A mirror is production's DR copy: the
 * runbook never removes it, the storage admin decides (docs/copy-services.md). The LUNs themselves are
 * the storage admin's to delete or reuse.
 */
import { isMirror } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { storageProcedure } from './storage';
import { images } from './storage/ds8000';
import { type StorageProcedure, volumePairs } from './storage/procedure';
import { svcMapNames } from './storage/svc';
import { step } from './step';
import { svcGroupIdleStep } from './steps-svc';
import type { ActionStep } from './types';

/** A mirror's pairs are left to the storage admin: the script waits while they decide. */
function mirrorDecisionStep(facts: Facts): ActionStep {
  const pairs = volumePairs(facts);
  const ds8000 = facts.copy.storage === 'ds8000';
  const { dev, remote } = images(facts);
  const list = ds8000
    ? `lspprc -dev ${dev} -remotedev ${remote} ${pairs.map((p) => `${p.source}:${p.target}`).join(' ')}`
    : `lsrcconsistgrp -delim : ${facts.storage?.rcConsistencyGroup || '<rc-consistency-group>'}`;
  return step({
    id: 'retire-mirror-decision',
    phase: 'retire',
    owner: 'storage',
    title: `Decide what becomes of the mirror of ${facts.sourceVg.name}: it is production's DR copy`,
    commands: [list],
    expect: 'The storage admin says whether the mirror stays (the usual case) or is removed on purpose.',
    verify: 'The decision is written in the change record.',
    why: "A retire removes this host's use of the secondaries, not production's disaster recovery: removing the mirror (rmpprc, rmrcrelationship) is a decision of its own, never a side effect of retiring a copy.",
    onFailure: 'If nobody can decide now, answer done: the mirror stays as it is.',
    action: { kind: 'pause', who: 'the storage admin', commands: [list], runnable: false },
  });
}

/** The relationships of a FlashCopy, removed: DS8000 rmflash of the pairs, SVC rmfcmap of each mapping. */
function relationshipSteps(facts: Facts, proc: StorageProcedure): ActionStep[] {
  if (isMirror(facts)) return [mirrorDecisionStep(facts)];
  const ds8000 = facts.copy.storage === 'ds8000';
  const pairs = volumePairs(facts);
  const commands = ds8000
    ? [`rmflash -dev ${images(facts).dev} -quiet ${pairs.map((p) => `${p.source}:${p.target}`).join(' ')}`]
    : svcMapNames(facts).map((m) => `rmfcmap ${m}`);
  // SVC refuses to remove a mapping still copying: the group (or each mapping) is stopped first.
  const idle = ds8000 ? [] : svcGroupIdleStep(facts, proc).map((s) => ({ ...s, phase: 'retire' as const }));
  return [
    ...idle,
    step({
      id: 'retire-relationships',
      phase: 'retire',
      owner: 'storage',
      title: ds8000 ? 'Remove the FlashCopy pairs' : 'Remove the FlashCopy mappings',
      commands,
      expect: ds8000 ? 'rmflash reports each pair removed (CMUC00140I).' : 'Each rmfcmap prints nothing.',
      verify: ds8000
        ? `lsflash -dev ${images(facts).dev} ${pairs.map((p) => `${p.source}:${p.target}`).join(' ')} lists none of the pairs.`
        : 'lsfcmap lists none of the mappings.',
      why: 'A FlashCopy relationship left in place keeps tracking changes on the source for a copy nobody uses, and keeps the target volumes from being reused.',
      onFailure: ds8000
        ? 'CMUN03019E (no such pair) on a rerun: the pairs are gone already.'
        : 'CMMVC5753E (no such object) on a rerun: the mapping is gone already; CMMVC5903E: the mapping is still copying, stop it first.',
      action: { kind: 'storage', commands, cli: proc.cliPrefix },
    }),
  ];
}

/** The copy's volumes unmapped from this host. */
function unmapStep(facts: Facts, proc: StorageProcedure): ActionStep {
  const ds8000 = facts.copy.storage === 'ds8000';
  const volumes = facts.targets.luns.map((l) => l.storageVolume || `<target-volume-for-${l.sourceDisk}>`);
  // A mirror's secondaries are on the remote box; a FlashCopy's targets beside their sources.
  const { dev, remote } = images(facts);
  const box = isMirror(facts) ? remote : dev;
  const commands = ds8000
    ? [
        `chvolgrp -dev ${box} -action remove -volume ${volumes.join(',')} ${facts.storage?.hostVolumeGroup || '<volume-group-id>'}`,
      ]
    : volumes.map((v) => `rmvdiskhostmap -host ${facts.storage?.hostObject || '<host-object>'} ${v}`);
  return step({
    id: 'retire-unmap',
    phase: 'retire',
    owner: 'storage',
    title: `Unmap ${volumes.join(', ')} from this host`,
    commands,
    expect: ds8000
      ? 'chvolgrp reports the volume group modified (CMUC00031I).'
      : 'Each rmvdiskhostmap prints nothing.',
    verify: ds8000
      ? `showvolgrp -dev ${box} ${facts.storage?.hostVolumeGroup || '<volume-group-id>'} lists none of ${volumes.join(', ')}.`
      : `lshostvdiskmap ${facts.storage?.hostObject || '<host-object>'} lists none of ${volumes.join(', ')}.`,
    why: 'The host has removed the disks: unmapped, the LUNs no longer come back at the next cfgmgr, and the storage admin may delete or reuse them.',
    onFailure: 'A volume not in the volume group (or no such mapping) on a rerun: it is unmapped already.',
    action: { kind: 'storage', commands, cli: proc.cliPrefix },
  });
}

/** The storage admin's part of a retire; for storage vgcopy writes no commands for, a step done by hand. */
export function retireStorageSteps(facts: Facts): ActionStep[] {
  const proc = storageProcedure(facts);
  if (!proc)
    return [
      step({
        id: 'retire-storage',
        phase: 'retire',
        owner: 'storage',
        title: "Remove the copy relationships and unmap the copy's LUNs from this host",
        commands: [],
        expect: 'The storage admin confirms the LUNs are unmapped.',
        verify: "cfgmgr on the host finds none of the copy's LUNs again.",
        why: 'vgcopy writes no commands for this storage or copy method: the storage admin uses their own tools.',
        onFailure: 'The storage admin checks the mapping with their own tools.',
        action: { kind: 'manual' },
      }),
    ];
  return [...relationshipSteps(facts, proc), unmapStep(facts, proc)];
}
