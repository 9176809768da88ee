import type { ScenarioInput } from '../schema';
import { LOCAL_BOX as LOCAL, mirrorWorld, REMOTE_BOX as REMOTE } from './common';

/**
 * Metro Mirror DR rehearsal: production datavg on aixprod01 mirrored to the remote DS8000; the admin
 * is on the DR host aixdr01, which sees only the secondaries. They are not usable before failover.
 */
export const metroMirrorDr: ScenarioInput = {
  formatVersion: 1,
  name: 'metro-mirror-dr',
  title: 'Metro Mirror DR: failover before access',
  description: 'On the DR host, bring up the Metro Mirror secondaries of datavg: suspend/failover first.',
  goal: 'On aixdr01, bring up datavg from the Metro Mirror secondaries, varied on, with /data and /arch mounted.',
  hints: [
    'A secondary in full duplex cannot be read by a host: the storage admin must freeze and fail over first.',
    'freezepprc and unfreezepprc make the secondaries consistent; failoverpprc at the remote box makes them usable.',
    'The source VG is not on this host: importvg -y datavg with one of the disks is enough.',
    'Run fsck on each file system before mounting it.',
  ],
  seed: 909,
  ...mirrorWorld('mmir'),
  storageSteps: [
    `freezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `unfreezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type mmir 2000:1000 2001:1001`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
