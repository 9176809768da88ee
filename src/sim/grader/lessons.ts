/**
 * What to learn from each missed item, in the words of docs/procedure.md and docs/aix-behaviour.md; shown
 * beside the miss in the score. A scenario's own `lesson` on an item takes the place of these.
 */
import type { GradeItem } from '../scenarios/schema';

export const lessons: Record<GradeItem['check'], string> = {
  'copy-varied-on':
    'Phase 2 ends with the copy VG varied on: recreatevg -y <name> with every disk of the copy, or importvg ' +
    '-y <name> with one of its disks when no other copy of the VG (the source included) is known on the host.',
  mounted:
    'Mount every file system of the copy at the mount point the goal names (recreatevg puts them under its ' +
    '-L prefix, /fs by default; importvg keeps the source’s), after logredo and fsck where the consistency ' +
    'rules ask for them.',
  'copy-usable':
    'Any fsck error means the copy must not be used, repaired or not: fsck -y fixes the metadata, not the ' +
    'data the application wrote. logredo failing on log wrap means the same (the source’s log must be made ' +
    'larger). Unmount, varyoffvg and exportvg the copy VG and take the copy again, every LUN at one instant ' +
    '(unmount, or freeze/thaw with a consistency group).',
  'app-mode-during-copy':
    'A running application that recovers from crashes is copied live in its own online-copy mode: Oracle ' +
    '"alter database begin backup" / "end backup", DB2 "set write suspend for database" / "set write ' +
    'resume" (as the instance owner), from before the copy starts until it has started; or it is stopped.',
  'source-as-before':
    'The production VG must stay as it was: bring the copy up beside it with recreatevg (new PVIDs, LV names ' +
    'and mount points); if you had to vary the source off for cfgmgr, vary it on again and remount.',
  'applications-restored':
    'Every application must end as it started: db2 set write resume for database (as the instance owner), ' +
    'alter database end backup, or restart what you stopped (appctl start), as soon as the copy has ' +
    'started, and at once if it failed.',
  'cfgmgr-with-source-varied-on':
    'While a VG holding PVID A is varied on, cfgmgr will not configure another disk carrying PVID A. ' +
    'The copy’s disks stay Defined: configure the target LUNs before the copy is made (preferred), or vary ' +
    'the source VG off before cfgmgr.',
  'mount-before-fsck':
    'A copy taken without freeze/thaw, consistency group or unmount is unsupported: run logredo on its logs ' +
    'and a full fsck before mounting; any fsck error means the copy must not be used.',
  'used-damaged-copy':
    'Any fsck error means the copy must not be used, even after fsck -y repaired it: the metadata is fixed, ' +
    'the data is not what the application wrote. Unmount it, varyoffvg and exportvg the copy VG, and take ' +
    'the copy again with every LUN at one instant (freeze or unmount, consistency group).',
  'forgot-thaw':
    'chfs -a freeze=<seconds> holds writes until chfs -a freeze=off: thaw every frozen file system as soon ' +
    'as the copy has started, or the application stalls until the timeout runs out.',
  'freeze-timed-out':
    'A JFS2 freeze ends by itself when its timeout runs out (errpt: J2_FREEZE_TIMEOUT), and writes go on: ' +
    "the timeout must cover the copy's start. Have everything slow done before the freeze (an SVC group " +
    'prepared with prestartfcconsistgrp, the mappings made), then freeze, start the copy, and thaw.',
  'production-held-after-failure':
    'When the copy fails, production comes first: thaw (chfs -a freeze=off), end write suspend or ' +
    'hot-backup mode, remount and restart what you stopped, before you look into the failure; then ' +
    'quiesce again and retry.',
  'pv-clear':
    'chdev -a pv=clear writes the null PVID on the disk: recreatevg gives the copy new PVIDs itself, ' +
    'importvg finds the VG’s disks by the PVIDs its VGDA names, and clearing the wrong disk wipes a ' +
    'production PVID.',
  'pv-yes-before-recreatevg':
    'chdev -a pv=yes is not needed before recreatevg, which gives the copy’s disks new unique PVIDs itself; ' +
    'pv=yes only reads the PVID already on the disk into the ODM and makes no new one.',
  'copy-vg-removed':
    'Retiring a copy ends with its VG gone from the ODM: unmount its file systems (deepest first), varyoffvg ' +
    'and exportvg it; the disks keep their VGDA but the host no longer knows the VG.',
  'copy-disks-removed':
    'After exportvg, rmdev -dl each hdisk of the copy, so nothing on the host still points at LUNs the storage ' +
    'is about to withdraw; cfgmgr would configure them again while they are still mapped.',
  'copy-stanzas-removed':
    'exportvg removes the /etc/filesystems stanzas of the VG’s file systems; stanzas left behind (a VG ' +
    'never exported, or stanzas added by hand) make mount and the next copy’s recreatevg -L meet stale entries.',
  'copy-relationships-removed':
    'The storage admin withdraws the copy’s relationships once the host has let go of it: rmflash on the ' +
    'DS8000; on SVC rmfcmap (a copying mapping is stopped first with stopfcmap, then rmfcmap -force).',
  'copy-luns-unmapped':
    'The storage admin unmaps the copy’s LUNs from the host once their hdisks are deleted: chvolgrp -action ' +
    'remove -volume ... Vnn on the DS8000, rmvdiskhostmap -host HOST VDISK on SVC.',
  'retired-while-mounted':
    'A VG with a mounted file system cannot be varied off (0516-012) nor exported before it is varied off ' +
    '(0516-764): unmount the copy’s file systems first, the deepest first (/copy/app/data before /copy/app).',
  'rmdev-before-exportvg':
    'rmdev refuses a disk of a varied-on VG (0514-062), and on a varied-off VG it leaves the VG in the ODM ' +
    'naming a disk that is gone: exportvg the copy VG first, then rmdev -dl its hdisks.',
  'storage-removed-while-in-use':
    'The host lets go first: unmount, varyoffvg, exportvg, rmdev -dl. Only then does the storage withdraw the ' +
    'FlashCopy (rmflash, rmfcmap) and unmap the LUNs: pulled from under a varied-on VG, they give I/O errors ' +
    'and a VG with missing disks.',
};
