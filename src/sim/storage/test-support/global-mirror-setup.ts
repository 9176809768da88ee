/**
 * The Global Mirror of the storage tests, set up as a storage admin does it on ds8000Fixture: Global Copy
 * pairs 1000:2000 1001:2001, journal FlashCopies 2000:2100 2001:2101 on the remote box, session 01 on LSS 10
 * with both primaries, and (with `started`) Global Mirror running on master LSS 10, the first passes done.
 */
import { chsession } from '../dscli/chsession';
import { mkflash } from '../dscli/mkflash';
import { mkgmir } from '../dscli/mkgmir';
import { mkpprc } from '../dscli/mkpprc';
import { mksession } from '../dscli/mksession';
import { REMOTE_IMAGE } from './storage-fixture';
import { dsConsole, type StorageConsole } from './storage-console';

export function globalMirrorConsole(started: boolean): StorageConsole {
  const ds = dsConsole();
  for (const id of ['2100', '2101']) ds.storage.createVolume({ id, sizeGb: 10, image: REMOTE_IMAGE });
  ds.run(mkpprc, `-remotedev ${REMOTE_IMAGE} -type gcp 1000:2000 1001:2001`);
  ds.run(mkflash, `-dev ${REMOTE_IMAGE} -tgtinhibit -record -persist -nocp 2000:2100 2001:2101`);
  ds.run(mksession, '-lss 10 01');
  ds.run(chsession, '-lss 10 -action add -volume 1000-1001 01');
  if (!started) return ds;
  // The 10 GB first passes take 103 s.
  ds.advance(110);
  ds.run(mkgmir, '-lss 10 -session 01');
  return ds;
}
