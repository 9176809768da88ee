import type { ScenarioInput } from '../schema';
import { COPY_HINTS, LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE, volumes } from './common';

const world = mirrorWorld('gcp');

/**
 * A DR test of a running DS8000 Global Mirror (docs/copy-services.md "Global Mirror DR test"): datavg's
 * Global Copy pairs 1000:2000 1001:2001 are in session 01 (master LSS 10), each secondary flashed to its
 * journal (2100, 2101) at every consistency group. PRD on aixprod01 keeps writing throughout: the
 * secondaries are fuzzy, only the journals hold a consistent image. The test pauses Global Mirror, fails
 * the secondaries over and restores the journals onto them (reverseflash -fast -tgtpprc) before aixdr01
 * imports them; a failover without the restore gives a damaged copy. Production is never stopped.
 */
export const globalMirrorDrTest: ScenarioInput = {
  formatVersion: 1,
  name: 'global-mirror-dr-test',
  title: 'Global Mirror DR test: the consistent image is on the journals',
  description:
    'On the DR host, bring up datavg from a running Global Mirror while production goes on writing: pause, fail over, restore the journals.',
  goal: 'On aixdr01, bring up datavg from the Global Mirror, consistent, varied on, with /data and /arch mounted, while PRD on aixprod01 keeps running with its file systems mounted.',
  hints: [
    'Production is not stopped for a Global Mirror DR test: the journal FlashCopies (2100, 2101) hold a consistent image.',
    'The Global Copy secondaries 2000 and 2001 are fuzzy while production writes: a copy taken from them alone is damaged.',
    'pausegmir -lss 10 -session 01 at the primary box; failoverpprc -type gcp at the remote box.',
    'lsflash -l on the remote box: the journals share one SequenceNum; reverseflash -fast -tgtpprc 2000:2100 2001:2101 puts their image on the secondaries.',
    'The source VG is not on this host: importvg -y datavg with one of the disks keeps the names.',
    COPY_HINTS.fsck,
  ],
  seed: 1515,
  ...world,
  storage: {
    ...world.storage,
    volumes: [...world.storage.volumes, ...volumes(['2100', '2101'], [], 100, REMOTE)],
  },
  // Global Mirror started an hour after the pairs: the journals, the session with both primaries, the master.
  setup: [
    ...(world.setup ?? []),
    { run: `dscli mkflash -dev ${REMOTE} -tgtinhibit -record -persist -nocp 2000:2100 2001:2101` },
    { run: `dscli mksession -dev ${LOCAL} -lss 10 01` },
    { run: `dscli chsession -dev ${LOCAL} -lss 10 -action add -volume 1000-1001 01` },
    { run: `dscli mkgmir -dev ${LOCAL} -lss 10 -session 01` },
    { advance: 600 },
  ],
  storageSteps: [
    `pausegmir -dev ${LOCAL} -lss 10 -session 01`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type gcp 2000:1000 2001:1001`,
    `lsflash -dev ${REMOTE} -l 2000:2100 2001:2101`,
    `reverseflash -dev ${REMOTE} -fast -tgtpprc 2000:2100 2001:2101`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
