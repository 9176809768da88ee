import type { ScenarioInput } from '../schema';
import { aixHost, datavg, volumes } from './common';

/** The SVC clusters: production and DR. */
const PRODUCTION = 'SVC01';
const DR = 'SVC02';
/** The remote copy group of datavg's Global Mirror relationships, as the storage admin made it. */
const GROUP = 'rccg_datavg';

/**
 * DR test of an SVC / FlashSystem Global Mirror: datavg on aixprod01 (PRD writing to it) is mirrored from
 * cluster SVC01 to SVC02, its two relationships in remote copy group rccg_datavg, synchronized. On the DR
 * host aixdr01 the aux volumes are configured but unusable while the group runs. Global Mirror keeps the
 * write order at the aux, so stoprcconsistgrp -access gives a crash-consistent image at once: production
 * is neither stopped, unmounted nor frozen. After the test the storage admin restarts the group from the
 * master (startrcconsistgrp -primary master -force).
 */
export const svcGlobalMirrorDrTest: ScenarioInput = {
  formatVersion: 1,
  name: 'svc-global-mirror-dr-test',
  title: 'SVC Global Mirror DR test: stop with access, production untouched',
  description:
    'On the DR host, bring up datavg from the SVC Global Mirror aux volumes while PRD keeps running on aixprod01.',
  goal: 'On aixdr01, bring up datavg from the Global Mirror aux volumes, consistent, varied on, with /data and /arch mounted; production untouched.',
  hints: [
    `lsrcconsistgrp -delim : ${GROUP} shows the group's state: only consistent_synchronized (or consistent_stopped) leaves a consistent image on the aux volumes.`,
    `stoprcconsistgrp -access ${GROUP} stops both relationships at one instant and makes the aux volumes writable (state idling).`,
    'Global Mirror applies the writes at the aux in production order: PRD on aixprod01 need not be stopped, unmounted or frozen.',
    'The source VG is not on this host: importvg -y datavg with one of the disks is enough; fsck before mounting.',
    `After the test: startrcconsistgrp -primary master -force ${GROUP} restarts the mirror from production.`,
  ],
  seed: 1111,
  storage: {
    flavour: 'svc',
    images: [PRODUCTION, DR],
    volumes: [
      ...volumes(['0', '1'], ['aixprod01'], 100, PRODUCTION),
      ...volumes(['2', '3'], ['aixdr01'], 100, DR),
    ],
  },
  hosts: [
    aixHost('aixdr01', { configured: ['2', '3'] }),
    aixHost('aixprod01', {
      vgs: [datavg(['0', '1'])],
      apps: [{ name: 'PRD', kind: 'db2', fileSystems: ['/data', '/arch'], logFileSystem: '/arch', rate: 5 }],
    }),
  ],
  currentHost: 'aixdr01',
  // The storage admin set the mirror up long ago; it has synchronized (100 GiB at 50 MiB/s: 35 minutes).
  setup: [
    { run: `svctask mkrcconsistgrp -name ${GROUP}` },
    { run: `svctask mkrcrelationship -master 0 -aux 2 -cluster ${DR} -global -consistgrp ${GROUP}` },
    { run: `svctask mkrcrelationship -master 1 -aux 3 -cluster ${DR} -global -consistgrp ${GROUP}` },
    { run: `svctask startrcconsistgrp ${GROUP}` },
    { advance: 3600 },
  ],
  storageSteps: [`svcinfo lsrcconsistgrp -delim : ${GROUP}`, `svctask stoprcconsistgrp -access ${GROUP}`],
  sourceVg: 'datavg',
  expect: { vg: 'datavg', variedOn: true, sourceUntouched: true, consistent: true },
};
