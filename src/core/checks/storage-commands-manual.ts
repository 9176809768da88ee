/**
 * vgcopy writes the storage commands for DS8000 (FlashCopy, Metro/Global Mirror) and SVC (FlashCopy,
 * Metro/Global Mirror) (docs/aix-behaviour.md sections 18-19). For other storage the host procedure is the
 * same (docs/procedure.md "OEM storage") but the storage admin supplies the commands.
 */
import { defineCheck } from './check';

export const storageCommandsManual = defineCheck('storage-commands-manual', ({ facts }) => {
  if (facts.copy.storage !== 'other' && facts.copy.method !== 'oem') return [];
  const cli = facts.storage?.commands === 'cli';
  return [
    {
      severity: cli ? 'blocker' : 'advice',
      finding: 'vgcopy does not write the storage commands for this storage and copy method.',
      reason:
        'The host procedure is the same; the storage admin makes the copy with their own tools at the points the plan marks.',
      fix: cli
        ? 'Choose pauses for the storage admin: the script cannot run commands it does not know.'
        : 'Give the storage admin the plan: the script pauses where the copy is made.',
      step: 'phase1',
      field: cli ? 'storage.commands' : 'copy.storage',
    },
  ];
});
