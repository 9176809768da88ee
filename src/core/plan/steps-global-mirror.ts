/**
 * The DR test of a DS8000 Global Mirror (docs/copy-services.md "Global Mirror DR test"). The journals
 * hold a consistent image by design, so production is neither stopped, frozen nor unmounted: Global Mirror
 * is paused at a consistency group boundary, the secondaries are failed over, and Fast Reverse Restore puts
 * the journals' image on them. Each storage step is undone, should the run stop before the copy is in use,
 * by resuming what it changed (newest first: journals again, failback, resumegmir).
 */
import type { Facts } from '../model/facts';
import { step } from './step';
import { releaseStep, storageUndo } from './steps-consistency';
import type { StorageProcedure } from './storage';
import type { ActionStep } from './types';

export function globalMirrorSteps(
  facts: Facts,
  proc: StorageProcedure,
  restore: NonNullable<StorageProcedure['restore']>,
  accessId: string,
): ActionStep[] {
  const session = facts.storage?.gmSession || '<session-id>';
  const pause = step({
    id: 'take-copy',
    phase: 'consistency',
    owner: 'storage',
    title: 'Pause Global Mirror at a consistency group boundary',
    commands: proc.copy,
    expect: `CMUC00163I pausegmir: Global Mirror for session ${session} successfully paused.`,
    verify: 'showgmir on the master LSS shows Copy State Paused; its CG Time is the image the test gets.',
    why: `The journals keep the last consistency group once no new one forms; production on ${facts.sourceVg.name} goes on writing (the Global Copy pairs keep copying), so nothing is stopped, frozen or unmounted.`,
    onFailure:
      'Check the session id and master LSS with showgmir and lssession; the script undoes its changes and a rerun pauses again.',
    action: { kind: 'storage', commands: proc.copy, cli: proc.cliPrefix },
    storageUndo: storageUndo(
      proc,
      'Resume Global Mirror',
      proc.copyUndo,
      'failover-secondaries',
      undefined,
      true,
    ),
  });
  const reverse = step({
    id: 'restore-journal',
    phase: 'consistency',
    owner: 'storage',
    title: 'Restore the consistent image from the journals (Fast Reverse Restore)',
    commands: restore.commands,
    expect:
      'lsflash -l shows the same SequenceNum on every journal and Revertible Disabled; then each pair reports "CMUC00169I reverseflash: FlashCopy volume pair ... successfully reversed."',
    verify:
      'lsflash on the remote box no longer lists the journal pairs: the secondaries hold the journals’ image.',
    why: 'A Global Copy secondary is fuzzy while production writes: the consistent image is on the journal FlashCopy volumes. reverseflash -fast -tgtpprc copies it back onto the failed-over secondaries, which the host then imports.',
    onFailure:
      'Different sequence numbers or a revertible journal: a consistency group was being formed; ask IBM support before going on (revertflash or commitflash decides). The script makes the journals again and fails the mirror back.',
    action: { kind: 'storage', commands: restore.commands, cli: proc.cliPrefix },
    storageUndo: storageUndo(proc, 'Make the journal FlashCopies again', restore.undo, accessId),
  });
  return [pause, releaseStep(proc, accessId), reverse];
}
