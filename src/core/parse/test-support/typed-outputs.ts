/**
 * The reference outputs (reference-outputs.ts) each with the command line that printed it, as an
 * admin pastes them: the hostile-paste and real-paste property tests build their pastes from these.
 */
import * as aix from './reference-outputs';

/** [command, output as AIX prints it]. */
export const typedOutputs: [command: string, output: string][] = [
  ['lspv', aix.lspv],
  ['lspv hdisk2', aix.lspvDisk],
  ['lsvg datavg', aix.lsvgStatus],
  ['lsvg -l datavg', aix.lsvgLvs],
  ['lsvg -p datavg', aix.lsvgPvs],
  ['lsfs -q /data', aix.lsfsQ],
  ['lsdev -Cc disk', aix.lsdevSvc],
  ['lsattr -El hdisk4', aix.lsattr],
  ['mount', aix.mount],
  [
    'cat /etc/filesystems',
    '/data:\n        dev             = /dev/datalv\n        log             = /dev/loglv00\n',
  ],
  ['oslevel -s', '7200-05-06-2320\n'],
];
