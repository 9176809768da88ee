import type { ScenarioInput } from '../schema';
import { COPY_HINTS, LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE } from './common';

const world = mirrorWorld('mmir');

/**
 * The next Metro Mirror DR test on aixdr01 (docs/procedure.md, refresh of a mirror copy): for the last test the
 * mirror was frozen (which removed the PPRC paths of LSS pair 10:20) and failed over, and datavg was
 * imported from the secondaries; it is still there, a day old. The next copy needs the paths back
 * (mkpprcpath), the pairs failed back and Full Duplex again, then a freeze and a failover.
 */
export const metroMirrorRefresh: ScenarioInput = {
  formatVersion: 1,
  name: 'metro-mirror-refresh',
  title: 'Metro Mirror refresh after a DR test',
  description:
    "aixdr01 holds the last DR test's datavg on the failed-over secondaries; the mirror is frozen, its paths gone.",
  goal: 'On aixdr01, bring up the next DR test: datavg from freshly frozen, failed-over secondaries, varied on with /data and /arch mounted.',
  hints: [
    'Unmount /data and /arch on aixdr01, varyoffvg datavg, exportvg datavg: the failback overwrites the secondaries.',
    'freezepprc removed the PPRC paths: mkpprcpath with the remote WWNN and the port pairs before failbackpprc.',
    'failbackpprc at the primary box resynchronises the pairs: lspprc shows Copy Pending, then Full Duplex.',
    'Freeze only once every pair is Full Duplex: a Copy Pending pair frozen leaves a fuzzy secondary.',
    'freezepprc, unfreezepprc, failoverpprc at the remote box; then importvg -y datavg keeps the names.',
    COPY_HINTS.fsck,
  ],
  seed: 1414,
  ...world,
  // The last DR test: frozen, failed over, datavg imported and mounted on aixdr01, a day ago.
  setup: [
    ...(world.setup ?? []),
    { run: `dscli freezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20` },
    { run: `dscli unfreezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20` },
    { run: `dscli failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type mmir 2000:1000 2001:1001` },
    { run: 'importvg -y datavg hdisk1' },
    { mount: '/data' },
    { mount: '/arch' },
    { advance: 86400 },
  ],
  storageSteps: [
    `mkpprcpath -dev ${LOCAL} -remotedev ${REMOTE} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231`,
    `failbackpprc -dev ${LOCAL} -remotedev ${REMOTE} -type mmir 1000:2000 1001:2001`,
    `freezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `unfreezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type mmir 2000:1000 2001:1001`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
