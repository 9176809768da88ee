import type { ScenarioInput } from '../schema';
import { aixHost, volumes } from './common';

const LOCAL = 'IBM.2107-75ABCD1';
const REMOTE = 'IBM.2107-75WXYZ1';

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
  storage: {
    flavour: 'ds8000',
    images: [LOCAL, REMOTE],
    volumes: [
      ...volumes(['1000', '1001'], ['aixprod01'], 100, LOCAL),
      ...volumes(['2000', '2001'], ['aixdr01'], 100, REMOTE),
    ],
  },
  hosts: [
    aixHost('aixdr01', { configured: ['2000', '2001'] }),
    aixHost('aixprod01', {
      vgs: [
        {
          name: 'datavg',
          disks: ['1000', '1001'],
          lvs: [
            { name: 'loglv00', type: 'jfs2log', lps: 1, disks: [0] },
            { name: 'datalv', type: 'jfs2', lps: 2000, disks: [0, 1] },
            { name: 'archlv', type: 'jfs2', lps: 400, disks: [1] },
          ],
          fileSystems: [
            { mountPoint: '/data', lv: 'datalv', log: 'loglv00' },
            { mountPoint: '/arch', lv: 'archlv', log: 'INLINE' },
          ],
        },
      ],
      apps: [{ name: 'PRD', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/arch', rate: 5 }],
    }),
  ],
  currentHost: 'aixdr01',
  setup: [
    {
      pprc: [
        ['1000', '2000'],
        ['1001', '2001'],
      ],
      type: 'mmir',
    },
    { advance: 3600 },
  ],
  storageSteps: [
    `freezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `unfreezepprc -dev ${LOCAL} -remotedev ${REMOTE} 10:20`,
    `failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type mmir 2000:1000 2001:1001`,
  ],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
