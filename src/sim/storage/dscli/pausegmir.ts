/**
 * pausegmir: Global Mirror stops forming consistency groups, at a consistency group boundary: the journals
 * keep the last one. The Global Copy pairs go on copying, so the secondaries stay fuzzy while production
 * writes; a DR test fails the secondaries over and restores the journal's image (reverseflash -fast).
 */
import { dsInfo } from './messages';
import { masterCommand } from './session-args';

export const pausegmir = masterCommand(
  'pausegmir',
  (storage, dev, lss, session) => storage.pausegmir(dev, lss, session),
  dsInfo.gmirPaused,
);
