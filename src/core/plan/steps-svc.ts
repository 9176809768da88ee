/**
 * SVC / FlashSystem consistency-group steps around the copy (docs/aix-behaviour.md 19.4-19.7). A refresh starts
 * the group (or each stand-alone mapping) again, which the CLI refuses (CMMVC5903E) while the last copy is
 * still copying: the state is checked first and a group or mapping still copying is stopped. With a JFS2 freeze, the group is prepared (cache
 * flushed) before the freeze, so the freeze only covers the start itself.
 */
import { isMirror, usesConsistencyGroup } from '../model/copy-layout';
import type { Facts } from '../model/facts';
import { step } from './step';
import type { StorageProcedure } from './storage';
import { svcGroupName, svcMapNames, svcPreparesBeforeFreeze } from './storage/svc';
import type { ActionStep } from './types';

/** Whether the copy is SVC FlashCopy the script drives. */
function svcFlashCopy(facts: Facts, proc: StorageProcedure | undefined): proc is StorageProcedure {
  return !!proc && facts.copy.storage === 'svc' && !isMirror(facts);
}

/** Whether the copy is an SVC FlashCopy consistency group the script drives. */
function svcGroupCopy(facts: Facts, proc: StorageProcedure | undefined): proc is StorageProcedure {
  return svcFlashCopy(facts, proc) && usesConsistencyGroup(facts);
}

/**
 * Refresh: the group, or each mapping started on its own where there is no group, is idle_or_copied (or
 * stopped) before it is started again. Retire: before its mappings are removed (rmfcmap refuses one still copying).
 */
export function svcGroupIdleStep(facts: Facts, proc: StorageProcedure | undefined): ActionStep[] {
  if (facts.mode === 'first' || !svcFlashCopy(facts, proc)) return [];
  if (!usesConsistencyGroup(facts)) return [svcMapsIdleStep(facts, proc)];
  const group = svcGroupName(facts);
  const commands = [`lsfcconsistgrp -delim : ${group}`, `stopfcconsistgrp ${group}`];
  return [
    step({
      id: 'svc-group-idle',
      phase: 'refresh',
      owner: 'storage',
      title: `Check that consistency group ${group} is idle_or_copied (stop it if it is still copying)`,
      commands,
      expect: `lsfcconsistgrp shows status idle_or_copied; where it shows copying, stopfcconsistgrp ${group} prints nothing and the status goes stopped.`,
      verify: `lsfcconsistgrp -delim : ${group} shows status:idle_or_copied or status:stopped.`,
      why: `startfcconsistgrp refuses a group that is still copying (CMMVC5903E: the mapping or consistency group is another state). The old copy is retired already, so a background copy that has not finished is stopped: its target goes offline until the new start, which then copies in full; an incremental mapping whose last copy finished recopies only the grains changed since.`,
      onFailure:
        'A group in another state (preparing, stopping, suspended) needs the storage admin: wait until it settles, or find out why.',
      action: { kind: 'storage', commands, cli: proc.cliPrefix, svcGroup: { name: group, until: 'idle' } },
    }),
  ];
}

/** svcGroupIdleStep for mappings outside a consistency group: startfcmap refuses one still copying too. */
function svcMapsIdleStep(facts: Facts, proc: StorageProcedure): ActionStep {
  const names = svcMapNames(facts);
  const commands = names.flatMap((m) => [`lsfcmap -delim : ${m}`, `stopfcmap ${m}`]);
  return step({
    id: 'svc-maps-idle',
    phase: 'refresh',
    owner: 'storage',
    title: `Check that the FlashCopy mappings ${names.join(', ')} are idle_or_copied (stop any still copying)`,
    commands,
    expect: `lsfcmap shows each mapping with status idle_or_copied; where one shows copying, stopfcmap prints nothing and its status goes stopped.`,
    verify: `lsfcmap -delim : MAPPING shows status:idle_or_copied or status:stopped for each of ${names.join(', ')}.`,
    why: `startfcmap refuses a mapping that is still copying (CMMVC5903E: the mapping or consistency group is another state), as startfcconsistgrp refuses a group. The old copy is retired already, so a background copy that has not finished is stopped: its target goes offline until the new start, which then copies in full; an incremental mapping whose last copy finished recopies only the grains changed since.`,
    onFailure:
      'A mapping in another state (preparing, stopping) needs the storage admin: wait until it settles, or find out why.',
    action: { kind: 'storage', commands, cli: proc.cliPrefix, svcMaps: { names } },
  });
}

/** With a freeze: prestartfcconsistgrp, and wait for prepared, before the application and the file systems are held. */
export function svcPrepareStep(facts: Facts, proc: StorageProcedure | undefined): ActionStep[] {
  if (!svcGroupCopy(facts, proc) || !svcPreparesBeforeFreeze(facts)) return [];
  const group = svcGroupName(facts);
  const commands = [`prestartfcconsistgrp ${group}`, `lsfcconsistgrp -delim : ${group}`];
  return [
    step({
      id: 'svc-prepare',
      phase: 'consistency',
      owner: 'storage',
      title: `Prepare consistency group ${group} (flush the SVC cache) before the freeze`,
      commands,
      expect: `prestartfcconsistgrp prints nothing; lsfcconsistgrp shows status preparing, then prepared.`,
      verify: `lsfcconsistgrp -delim : ${group} shows status:prepared.`,
      why: `Prepare destages the SVC write cache of the source volumes and keeps it write-through until the start; it takes as long as the dirty cache needs. Done inside the freeze (startfcconsistgrp -prep) that time would come off the ${facts.consistency.freezeTimeoutSeconds}-second freeze timeout; prepared first, the freeze covers only the start.`,
      onFailure:
        'A group that does not reach prepared (stopped: the flush failed) needs the storage admin; nothing on the host is held yet.',
      action: {
        kind: 'storage',
        commands,
        cli: proc.cliPrefix,
        svcGroup: { name: group, until: 'prepared' },
      },
    }),
  ];
}

/**
 * After a DR test on SVC aux volumes given access: the storage admin restarts the remote copy group from the
 * master side once the test is over and the copy VG is exported on the DR host (a resync under a VG the
 * host still uses would overwrite its disks). A manual step, as the test's end is the admin's call.
 */
export function svcReturnMirrorStep(texts: NonNullable<StorageProcedure['returnMirror']>): ActionStep {
  return step({
    id: 'return-mirror',
    phase: 'refresh',
    owner: 'storage',
    title: 'Return the mirror to normal after the DR test',
    commands: texts.commands,
    expect: texts.expect,
    verify: texts.verify,
    why: texts.why,
    onFailure: texts.onFailure,
    action: { kind: 'manual' },
  });
}
