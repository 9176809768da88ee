import type { ScenarioInput } from '../schema';
import { LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE } from './common';

const world = mirrorWorld('gcp');

/**
 * Plain Global Copy (copy method global-copy): Global Mirror's transport without its session and journal
 * FlashCopies (for those, global-mirror-dr-test). The secondaries
 * get the changed tracks in no order, so they are fuzzy while lspprc -l shows tracks out of sync. A copy
 * taken from them (pause or failover) is consistent only once the writes to the primaries stopped and the
 * tracks drained to 0; a rehearsal that fails over with tracks out of sync gets a damaged copy. PRD was
 * stopped for the DR test a moment ago: its last writes are still out of sync.
 */
export const globalMirror: ScenarioInput = {
  formatVersion: 1,
  name: 'global-mirror',
  title: 'Global Copy DR without Global Mirror journals: drain, suspend, fail over',
  description:
    'On the DR host, bring up datavg from the Global Copy secondaries: they are fuzzy until their out-of-sync tracks drain.',
  goal: 'On aixdr01, bring up datavg from the Global Copy secondaries, consistent, varied on, with /data and /arch mounted.',
  hints: [
    'A Global Copy secondary is fuzzy while lspprc -l shows Out Of Sync Tracks: a copy taken from it then is damaged.',
    'PRD on aixprod01 is stopped for the DR test: wait until lspprc -l shows 0 out-of-sync tracks on every pair, then pausepprc.',
    'failoverpprc at the remote box makes the suspended secondaries usable by aixdr01.',
    'The source VG is not on this host: importvg -y datavg with one of the disks is enough.',
  ],
  seed: 1010,
  ...world,
  setup: [...(world.setup ?? []), { run: 'appctl stop PRD', host: 'aixprod01' }],
  storageSteps: [
    `lspprc -dev ${LOCAL} -remotedev ${REMOTE} -l 1000:2000 1001:2001`,
    `pausepprc -dev ${LOCAL} -remotedev ${REMOTE} 1000:2000 1001:2001`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type gcp 2000:1000 2001:1001`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
