import type { ScenarioInput } from '../schema';
import { aixHost, volumes } from './common';

const LOCAL = 'IBM.2107-75ABCD1';
const REMOTE = 'IBM.2107-75WXYZ1';

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
      type: 'gcp',
    },
    { advance: 3600 },
  ],
  storageSteps: [`failoverpprc -dev ${REMOTE} -remotedev ${LOCAL} -type gcp 2000:1000 2001:1001`],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
