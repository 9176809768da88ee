import type { ScenarioInput } from '../schema';
import { LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE } from './common';

/**
 * Global Mirror DR rehearsal: the secondaries are consistent by design (consistency points), but still
 * need a failover before the DR host can use them; the host-side procedure is the same as for Metro Mirror.
 */
export const globalMirror: ScenarioInput = {
  formatVersion: 1,
  name: 'global-mirror',
  title: 'Global Mirror DR: consistent by design',
  description: 'On the DR host, bring up the Global Mirror secondaries of datavg after a failover.',
  goal: 'On aixdr01, bring up datavg from the Global Mirror secondaries, varied on, with /data and /arch mounted.',
  hints: [
    'Global Mirror keeps the secondaries consistent by itself; they become usable after failoverpprc at the remote box.',
    'The source VG is not on this host: importvg -y datavg with one of the disks is enough.',
    'Run fsck on each file system before mounting it.',
  ],
  seed: 1010,
  ...mirrorWorld('gcp'),
  storageSteps: [`failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type gcp 2000:1000 2001:1001`],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
