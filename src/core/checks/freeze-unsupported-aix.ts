/**
 * docs/procedure.md: JFS2 freeze/thaw exists on AIX 5.2 with APAR IY66043, AIX 5.3 from maintenance level 1,
 * and all later releases.
 */
import { hasFreeze } from '../model/consistency-decision';
import { usesFreeze } from '../model/copy-layout';
import { defineCheck } from './check';

export const freezeUnsupportedAix = defineCheck('freeze-unsupported-aix', ({ facts }) => {
  if (!usesFreeze(facts) || hasFreeze(facts.aix)) return [];
  const level =
    facts.aix.release === '5.2' ? 'AIX 5.2 without APAR IY66043' : `AIX 5.3 ML${facts.aix.technologyLevel}`;
  return [
    {
      severity: 'blocker',
      finding: `Freeze/thaw is planned on ${level}, which lacks JFS2 freeze.`,
      reason:
        'chfs -a freeze exists from AIX 5.2 with IY66043 and AIX 5.3 ML1; on older levels nothing is frozen.',
      fix:
        facts.aix.release === '5.2'
          ? 'Install APAR IY66043, or unmount the file systems, or use a storage consistency group only.'
          : 'Update to AIX 5.3 ML1 or later, or unmount the file systems, or use a storage consistency group only.',
      step: 'start',
      field: facts.aix.release === '5.2' ? 'aix.hasIY66043' : 'aix.technologyLevel',
    },
  ];
});
