/**
 * docs/procedure.md: a live copy is a point-in-time image only if all its disks are copied at the same instant;
 * "consistency groups wherever several LUNs are copied".
 */
import { usesConsistencyGroup } from '../model/copy-layout';
import { defineCheck } from './check';

export const liveCopyWithoutConsistencyGroup = defineCheck(
  'live-copy-without-consistency-group',
  ({ facts, layout }) => {
    // Global Mirror secondaries are consistent by design (docs/procedure.md "Copy methods").
    if (facts.copy.method === 'global-mirror') return [];
    if (!layout.live || usesConsistencyGroup(facts) || facts.targets.luns.length < 2) return [];
    return [
      {
        severity: 'warning',
        finding: `${facts.targets.luns.length} LUNs are copied while mounted without a storage consistency group.`,
        reason:
          'Without a consistency group the LUNs are copied at slightly different instants; a file system and its log caught at different instants can replay into silent corruption.',
        fix: 'Put all LUNs of the VG in one consistency group (DS8000 mkflash -freeze, SVC FlashCopy consistency group).',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ];
  },
);
