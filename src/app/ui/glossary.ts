/** Plain-language explanations of the words of the procedure (docs/procedure.md, "Words"), shown by <Term>. */
export const glossary = {
  pvid: {
    term: 'PVID',
    text: 'Physical-volume identifier: 16 hex digits AIX writes on a disk when it joins a volume group. A storage copy of a disk carries the same PVID as its source, so the host sees a “duplicate PVID”.',
  },
  vgda: {
    term: 'VGDA',
    text: 'Volume-group descriptor area: a record on each disk of a volume group naming the VG, its disks (by PVID) and its logical volumes. A copied disk carries the source’s VGDA.',
  },
  odm: {
    term: 'ODM',
    text: 'Object Data Manager: AIX’s device configuration database on the host. lspv reads it, not the disks; it must agree with the VGDA on the disks.',
  },
  lun: {
    term: 'LUN',
    text: 'A volume on the storage subsystem. The host sees each LUN as a disk device: hdiskN with MPIO or SDDPCM, vpathN with SDD, hdiskpowerN with EMC PowerPath.',
  },
  cfgmgr: {
    term: 'cfgmgr',
    text: 'The AIX command that finds and configures new devices, such as newly mapped LUNs. It will not configure a disk whose PVID belongs to a varied-on volume group.',
  },
  'consistency-group': {
    term: 'consistency group',
    text: 'A set of storage volumes copied at the same instant: the storage holds writes to all of them while the copies are established, so file systems and their logs are caught at one point in time.',
  },
  logredo: {
    term: 'logredo',
    text: 'Replays a JFS/JFS2 log onto its file systems, as after a crash. Run on the copy before fsck and mount. A “log wrap” error means the log was too small: enlarge the source’s log and copy again.',
  },
  'freeze-thaw': {
    term: 'freeze/thaw',
    text: 'chfs -a freeze=N flushes a JFS2 file system and holds every write for up to N seconds, so a copy taken meanwhile is consistent; chfs -a freeze=off releases it. JFS has no freeze.',
  },
  'inline-log': {
    term: 'inline log',
    text: 'A JFS2 log kept inside the file system’s own logical volume (log = INLINE), so the file system and its log are always copied together.',
  },
  recreatevg: {
    term: 'recreatevg',
    text: 'Brings up a copied VG beside its source: gives the disks new PVIDs, prefixes every LV name (fs by default) and mount point (/fs by default), and loads the ODM. It needs every disk of the copy.',
  },
  importvg: {
    term: 'importvg',
    text: 'Loads a VG’s definition from the VGDA of one of its disks into the ODM. Only safe when no other copy of that VG, the source included, is known to the host.',
  },
  'hot-backup': {
    term: 'hot-backup mode',
    text: 'A database’s online-backup mode (DB2 write suspend, Oracle begin backup): it keeps its files recoverable while their disks are copied, and makes recovery on the copy faster.',
  },
} as const;

export type GlossaryKey = keyof typeof glossary;
