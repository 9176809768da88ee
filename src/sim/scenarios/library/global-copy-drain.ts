import type { ScenarioInput } from '../schema';
import { LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE } from './common';

const world = mirrorWorld('gcp');

/**
 * Plain Global Copy, established five minutes before: its first pass is still sending the volumes (lspprc -l
 * shows a large Out Of Sync Tracks count, First Pass Status False); PRD was stopped for the DR test a
 * moment ago. Suspended now, the secondaries would be fuzzy; the pairs may be suspended only once the writes stopped
 * and every pair shows 0 out-of-sync tracks (IBM Redbook SG24-6787, Global Copy: "go-to-sync" by waiting
 * for the out-of-sync tracks to reach zero with the application quiesced).
 */
export const globalCopyDrain: ScenarioInput = {
  formatVersion: 1,
  name: 'global-copy-drain',
  title: 'Global Copy: suspend only at zero out-of-sync tracks',
  description:
    'On the DR host, bring up datavg from a Global Copy whose first pass is still running: wait for the drain before suspending.',
  goal: 'On aixdr01, bring up datavg from the Global Copy secondaries, consistent, varied on, with /data and /arch mounted.',
  hints: [
    'lspprc -l shows the Out Of Sync Tracks of each pair; with First Pass Status False the initial copy is still running.',
    'PRD on aixprod01 is stopped for the DR test: while a database writes, the count does not reach 0.',
    'Suspend (pausepprc) only when every pair shows 0 out-of-sync tracks, then failoverpprc at the remote box.',
    'The source VG is not on this host: importvg -y datavg with one of the disks is enough.',
  ],
  seed: 1111,
  ...world,
  // mkpprc five minutes ago (the first pass of the 100 GB volumes takes about 17 minutes); PRD was stopped
  // for the DR test just now.
  setup: [
    ...world.setup.filter((s) => !('advance' in s)),
    { advance: 300 },
    { run: 'appctl stop PRD', host: 'aixprod01' },
  ],
  storageSteps: [
    `lspprc -dev ${LOCAL} -remotedev ${REMOTE} -l 1000:2000 1001:2001`,
    `pausepprc -dev ${LOCAL} -remotedev ${REMOTE} 1000:2000 1001:2001`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type gcp 2000:1000 2001:1001`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
