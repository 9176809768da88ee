/** resumegmir: a paused Global Mirror forms consistency groups again (once its pairs and journals are ready). */
import { dsInfo } from './messages';
import { masterCommand } from './session-args';

export const resumegmir = masterCommand(
  'resumegmir',
  (storage, dev, lss, session) => storage.resumegmir(dev, lss, session),
  dsInfo.gmirResumed,
);
