/** What to learn from each missed check, in docs/procedure.md's words; shown beside the miss in the score. */
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
  'applications-restored':
    'Every application must end as it started: db2 set write resume for database (as the instance owner), alter database end backup, ' +
    'or restart what you stopped (appctl start), as soon as the copy has started, and at once if it failed.',
  'cfgmgr-with-source-varied-on':
    'While a VG holding PVID A is varied on, cfgmgr will not configure another disk carrying PVID A. ' +
    'Configure the target LUNs before the copy is made (preferred), or vary the source VG off before cfgmgr.',
  'mount-before-fsck':
    'A copy taken without freeze/thaw, consistency group or unmount is unsupported: run logredo on its logs ' +
    'and a full fsck before mounting; any fsck error means the copy must not be used.',
  'used-damaged-copy':
    'Any fsck error means the copy must not be used, even after fsck -y repaired it: the metadata is fixed, the ' +
    'data is not what the application wrote. Unmount it, varyoffvg and exportvg the copy VG, and take the copy ' +
    'again with every LUN at one instant (freeze or unmount, consistency group).',
  'forgot-thaw':
    'chfs -a freeze=<seconds> holds writes until chfs -a freeze=off: thaw every frozen file system as soon as ' +
    'the copy has started, or the application stalls until the timeout runs out.',
  'production-held-after-failure':
    'When the copy fails, production comes first: thaw (chfs -a freeze=off), end write suspend or hot-backup ' +
    'mode, remount and restart what you stopped, before you look into the failure; then quiesce again and retry.',
  'chdev-pv-clear':
    'chdev -a pv=clear / pv=yes is not needed: recreatevg gives the copy disks new unique PVIDs itself, and ' +
    'clearing the wrong disk wipes a production PVID.',
} as const;
