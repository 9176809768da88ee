/** `lsvg flashcopyvg` of the copy a retire removes (test-support/retire.ts), as a paste starts it. */
const copyLsvg = [
  '# lsvg flashcopyvg',
  'VOLUME GROUP:       flashcopyvg              VG IDENTIFIER:  00c8d3e400004c000000019a3b5e7c21',
  'VG STATE:           active                   PP SIZE:        64 megabyte(s)',
  'VG PERMISSION:      read/write               TOTAL PPs:      2397 (153408 megabytes)',
  'MAX LVs:            256                      FREE PPs:       397 (25408 megabytes)',
  'LVs:                5                        USED PPs:       2000 (128000 megabytes)',
  'OPEN LVs:           4                        QUORUM:         2 (Enabled)',
  'TOTAL PVs:          3                        VG DESCRIPTORS: 3',
  'STALE PVs:          0                        STALE PPs:      0',
  'ACTIVE PVs:         3                        AUTO ON:        no',
  'MAX PPs per VG:     32768                    MAX PVs:        1024',
  'LTG size (Dynamic): 256 kilobyte(s)          AUTO SYNC:      no',
  'HOT SPARE:          no                       BB POLICY:      relocatable',
];

/** `lspv` of the host holding datavg (hdisk4-6) and the copy flashcopyvg (hdisk10-12). */
const copyHostLspv = [
  '# lspv',
  'hdisk0          00c8d3e4e3c7d496                    rootvg          active',
  'hdisk4          00c8d3e4a1b2c3d0                    datavg          active',
  'hdisk5          00c8d3e4a1b2c3d1                    datavg          active',
  'hdisk6          00c8d3e4a1b2c3d2                    datavg          active',
  'hdisk10         00c8d3e4b7a10e10                    flashcopyvg     active',
  'hdisk11         00c8d3e4b7a10e11                    flashcopyvg     active',
  'hdisk12         00c8d3e4b7a10e12                    flashcopyvg     active',
];

/** `lsvg -l flashcopyvg`: /fc/data/logs mounted below /fc/data, a raw LV held open. */
const copyLsvgL = [
  '# lsvg -l flashcopyvg',
  'flashcopyvg:',
  'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
  'fcloglv00           jfs2log    1       1       1    open/syncd    N/A',
  'fcdatalv            jfs2       1200    1200    2    open/syncd    /fc/data',
  'fcloglv             jfs2       100     100     1    open/syncd    /fc/data/logs',
  'fcapplv             jfs2       600     600     1    closed/syncd  /fc/app',
  'fcrawlv             raw        99      99      1    open/syncd    N/A',
];

/**
 * The whole paste of a retire: the copy's lsvg and lsvg -l, the host's lspv and its lsps -a with hd6 on
 * rootvg after the paging spaces `onCopy` (lsps -a rows) on the copy's disks.
 */
export function copyPaste(onCopy: readonly string[] = []): string {
  return [
    ...copyLsvg,
    ...copyLsvgL,
    ...copyHostLspv,
    '# lsps -a',
    'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type Chksum',
    ...onCopy,
    'hd6             hdisk0            rootvg          1024MB     3   yes   yes    lv     0',
  ].join('\n');
}
