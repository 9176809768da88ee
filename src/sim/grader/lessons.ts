/** What to learn from each missed check, in DOMAIN.md's words; shown beside the miss in the score. */
export const lessons = {
  'copy-vg-varied-on':
    'Phase 2 ends with the copy VG varied on: recreatevg -y <name> on all the copy disks (or importvg when no ' +
    'other copy of the VG is on the host), then varyonvg <name>.',
  'copy-fs-mounted':
    "Mount the copy's file systems at the mount points recreatevg gave them (-L prefix), after logredo and " +
    'fsck where the consistency rules ask for them.',
  'source-untouched':
    'The production VG must stay as it was: bring the copy up beside it with recreatevg (new PVIDs, LV names ' +
    'and mount points); if you had to vary the source off for cfgmgr, vary it on again and remount.',
  'cfgmgr-with-source-varied-on':
    'While a VG holding PVID A is varied on, cfgmgr will not configure another disk carrying PVID A. ' +
    'Configure the target LUNs before the copy is made (preferred), or vary the source VG off before cfgmgr.',
  'mount-before-fsck':
    'A copy taken without freeze/thaw, consistency group or unmount is unsupported: run logredo on its logs ' +
    'and a full fsck before mounting; any fsck error means the copy must not be used.',
  'forgot-thaw':
    'chfs -a freeze=<seconds> holds writes until chfs -a freeze=off: thaw every frozen file system as soon as ' +
    'the copy has started, or the application stalls until the timeout runs out.',
  'chdev-pv-clear':
    'chdev -a pv=clear / pv=yes is not needed: recreatevg gives the copy disks new unique PVIDs itself, and ' +
    'clearing the wrong disk wipes a production PVID.',
} as const;
