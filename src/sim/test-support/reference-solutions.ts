/**
 * The right procedure of docs/procedure.md for each built-in scenario, as a trainee types it at the AIX
 * prompt (the storage admin's part through dscli / svctask): the scenario solutions test plays it through
 * the shell and judges the copy, the grader's tests play it as a training attempt and expect full marks.
 * A line the scenario makes fail on purpose (an injected fault, a refusal the procedure meets) says so.
 */

/** A line of a solution: one that must succeed, or one the scenario makes fail. */
export type SolutionLine = string | { fails: string };

export const L = 'IBM.2107-75ABCD1';
export const R = 'IBM.2107-75WXYZ1';

/** retire-copy's FlashCopy pairs withdrawn. */
export const retireCopyFlash = `dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`;

/** datavg's file systems frozen (JFS2 freeze) around the storage's `copy` steps, then thawed. */
const frozenAround = (copy: string[]) => [
  'sync',
  'chfs -a freeze=60 /data',
  'chfs -a freeze=60 /arch',
  ...copy,
  'chfs -a freeze=off /data',
  'chfs -a freeze=off /arch',
];

/**
 * A FlashCopy consistency group of 1000-1001 onto `targets` inside the freeze; `first`: the storage's steps
 * before it (the old relationships removed).
 */
const frozenFlashOnto = (targets: [string, string], first: string[] = []) =>
  frozenAround([
    ...first,
    `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:${targets[0]} 1001:${targets[1]}`,
    `dscli unfreezeflash -dev ${L} 10`,
  ]);
const frozenFlashOnto1200 = frozenFlashOnto(['1200', '1201']);

/** Targets configured, then a FlashCopy consistency group of the live source LUNs 1000-1001 onto 1100-1101. */
const liveFlashOnto1100 = [
  'cfgmgr',
  'sync',
  `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`,
  `dscli unfreezeflash -dev ${L} 10`,
];

/** On the DR host aixdr01, once the storage gave access: datavg imported, checked and mounted. */
const drImported = [
  'importvg -y datavg hdisk1',
  'fsck -y /data',
  'fsck -y /arch',
  'mount /data',
  'mount /arch',
];

/** A DR test on aixdr01: the Metro Mirror frozen, failed over, datavg imported, checked and mounted. */
const mirrorFrozenThenImported = [
  `dscli freezepprc -dev ${L} -remotedev ${R} 10:20`,
  `dscli unfreezepprc -dev ${L} -remotedev ${R} 10:20`,
  `dscli failoverpprc -dev ${R} -remotedev ${L} -type mmir 2000:1000 2001:1001`,
  ...drImported,
];

/**
 * Global Copy: lspprc -l, wait `seconds` for the tracks to drain, lspprc -l again (Out Of Sync Tracks 0
 * on both pairs: the secondaries hold the primaries of this instant), then suspend, fail over, importvg.
 */
const drainThenFailover = (seconds: number) => [
  `dscli lspprc -dev ${L} -remotedev ${R} -l 1000:2000 1001:2001`,
  `sleep ${seconds}`,
  `dscli lspprc -dev ${L} -remotedev ${R} -l 1000:2000 1001:2001`,
  `dscli pausepprc -dev ${L} -remotedev ${R} 1000:2000 1001:2001`,
  `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
  'importvg -y datavg hdisk1',
  'mount /data',
  'mount /arch',
];

/** DB2's writes suspended as the instance owner (root has no DB2 environment), the file systems frozen. */
const db2Quiesced = (mountPoints: string[]) => [
  "su - db2inst1 -c 'db2 set write suspend for database'",
  'sync',
  ...mountPoints.map((m) => `chfs -a freeze=60 ${m}`),
];
/** The file systems thawed, DB2's writes resumed. */
const db2GivenBack = (mountPoints: string[]) => [
  ...mountPoints.map((m) => `chfs -a freeze=off ${m}`),
  "su - db2inst1 -c 'db2 set write resume for database'",
];
/** DB2 quiesced around the storage's `copy` steps, then given back. */
export const db2SuspendedAround = (mountPoints: string[], copy: string[]) => [
  ...db2Quiesced(mountPoints),
  ...copy,
  ...db2GivenBack(mountPoints),
];

/** DB2 on datavg quiesced for a copy, and given back. */
const db2Quiesce = db2Quiesced(['/data', '/arch']);
const db2GiveBack = db2GivenBack(['/data', '/arch']);

/** DB2 PRD's data and log file systems (db2-freeze-thaw, db2-two-vgs). */
const db2PrdFileSystems = ['/db2/PRD/data', '/db2/PRD/log'];

/** flashcopyvg brought up on 1100-1101 (hdisk3, hdisk4), checked and mounted under /fs. */
const flashcopyvgUp = [
  'recreatevg -y flashcopyvg hdisk3 hdisk4',
  'fsck -y /fs/data /fs/arch',
  'mount /fs/data',
  'mount /fs/arch',
];

const mkflashBoth = `dscli mkflash -dev ${L} -freeze -record -persist -nocp 1000:1100 1001:1101`;

export const referenceSolutions: Record<string, SolutionLine[]> = {
  'first-flashcopy': ['cfgmgr', ...frozenFlashOnto(['1100', '1101']), ...flashcopyvgUp],
  'duplicate-pvid-trap': [
    'umount /data',
    'umount /arch',
    'varyoffvg datavg',
    'cfgmgr',
    'recreatevg -y flashcopyvg hdisk3 hdisk4',
    'varyonvg datavg',
    'mount /data',
    'mount /arch',
    'fsck -y /fs/data /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ],
  'refresh-copy': [
    'umount /fs/data',
    'umount /fs/arch',
    'varyoffvg flashcopyvg',
    'exportvg flashcopyvg',
    ...frozenFlashOnto(['1100', '1101'], [`dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`]),
    ...flashcopyvgUp,
  ],
  'new-target-luns': [
    'umount /fs/data',
    'umount /fs/arch',
    'varyoffvg flashcopyvg',
    'exportvg flashcopyvg',
    'rmdev -dl hdisk3',
    'rmdev -dl hdisk4',
    `dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`,
    'cfgmgr',
    ...frozenFlashOnto1200,
    'recreatevg -y flashcopyvg hdisk5 hdisk6',
    'fsck -y /fs/data',
    'fsck -y /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ],
  'db2-freeze-thaw': [
    'cfgmgr',
    ...db2SuspendedAround(db2PrdFileSystems, [
      'svctask mkfcconsistgrp -name fccg_db2',
      'svctask mkfcmap -source 0 -target 2 -consistgrp fccg_db2 -name fcmap_data',
      'svctask mkfcmap -source 1 -target 3 -consistgrp fccg_db2 -name fcmap_log',
      'svctask startfcconsistgrp -prep fccg_db2',
    ]),
    'recreatevg -y db2copyvg -L /fc hdisk3 hdisk4',
    'fsck -y /fc/db2/PRD/data',
    'fsck -y /fc/db2/PRD/log',
    'mount /fc/db2/PRD/data',
    'mount /fc/db2/PRD/log',
  ],
  // One copy set: both VGs' LUNs in one consistency group, inside one write suspend and one freeze.
  'db2-two-vgs': [
    'cfgmgr',
    ...db2SuspendedAround(db2PrdFileSystems, [mkflashBoth, `dscli unfreezeflash -dev ${L} 10`]),
    'recreatevg -y db2datacopyvg -L /fc hdisk3',
    'recreatevg -y db2logcopyvg -L /fc hdisk4',
    'fsck -y /fc/db2/PRD/data',
    'fsck -y /fc/db2/PRD/log',
    'mount /fc/db2/PRD/data',
    'mount /fc/db2/PRD/log',
  ],
  'oracle-backup-mode': [
    'cfgmgr',
    "print 'alter database begin backup;' | sqlplus -s / as sysdba",
    'sync',
    'chfs -a freeze=60 /oracle/PRD/data',
    'chfs -a freeze=60 /oracle/PRD/redo',
    mkflashBoth,
    `dscli unfreezeflash -dev ${L} 10`,
    'chfs -a freeze=off /oracle/PRD/data',
    'chfs -a freeze=off /oracle/PRD/redo',
    "print 'alter database end backup;' | sqlplus -s / as sysdba",
    'recreatevg -y oracopyvg hdisk3 hdisk4',
    'mount /fs/oracle/PRD/data',
    'mount /fs/oracle/PRD/redo',
  ],
  'jfs-mounted': [
    'cfgmgr',
    'appctl stop batch',
    'umount /app',
    'umount /spool',
    `dscli mkflash -dev ${L} -record -persist -nocp 1000:1100 1001:1101`,
    'mount /app',
    'mount /spool',
    'appctl start batch',
    'recreatevg -y appcopyvg hdisk3 hdisk4',
    'mount /fs/app',
    'mount /fs/spool',
  ],
  'shared-log': [
    'cfgmgr',
    'sync',
    'chfs -a freeze=60 /data1',
    'chfs -a freeze=60 /data2',
    mkflashBoth,
    `dscli unfreezeflash -dev ${L} 10`,
    'chfs -a freeze=off /data1',
    'chfs -a freeze=off /data2',
    'recreatevg -y sharedcopyvg hdisk3 hdisk4',
    'logredo /dev/fsloglv00',
    'mount /fs/data1',
    'mount /fs/data2',
  ],
  'log-wrap': [
    'cfgmgr',
    'sleep 50',
    'chfs -a freeze=60 /load',
    `dscli mkflash -dev ${L} -record -persist -nocp 1000:1100`,
    'chfs -a freeze=off /load',
    'recreatevg -y loadcopyvg hdisk2',
    'logredo /dev/fsloglv00',
    'mount /fs/load',
  ],
  'metro-mirror-dr': mirrorFrozenThenImported,
  'metro-mirror-refresh': [
    'umount /data',
    'umount /arch',
    'varyoffvg datavg',
    'exportvg datavg',
    // The last test's freezepprc removed the paths: the failback needs them back first.
    `dscli mkpprcpath -dev ${L} -remotedev ${R} -remotewwnn 5005076303FFD9A4 -srclss 10 -tgtlss 20 I0001:I0101 I0131:I0231`,
    `dscli failbackpprc -dev ${L} -remotedev ${R} -type mmir 1000:2000 1001:2001`,
    // Copy Pending until the tracks changed on either side are copied: freeze only at Full Duplex.
    'sleep 1200',
    ...mirrorFrozenThenImported,
  ],
  'global-mirror': drainThenFailover(30),
  'global-copy-drain': drainThenFailover(900),
  'global-mirror-dr-test': [
    `dscli pausegmir -dev ${L} -lss 10 -session 01`,
    `dscli failoverpprc -dev ${R} -remotedev ${L} -type gcp 2000:1000 2001:1001`,
    `dscli reverseflash -dev ${R} -fast -tgtpprc 2000:2100 2001:2101`,
    ...drImported,
  ],
  'two-copies': [
    'cfgmgr',
    ...frozenFlashOnto1200,
    'recreatevg -y fc2vg -Y fc2 -L /fc2 hdisk5 hdisk6',
    'mount /fc2/data',
    'mount /fc2/arch',
  ],
  'other-host-importvg': [
    'cfgmgr',
    mkflashBoth,
    `dscli unfreezeflash -dev ${L} 10`,
    'importvg -y datavg hdisk1',
    'mount /data',
    'mount /arch',
  ],
  'dr-host-refresh': [
    'umount /data',
    'umount /arch',
    'varyoffvg datavg',
    'exportvg datavg',
    `dscli resyncflash -dev ${L} -freeze -record -persist 1000:1100 1001:1101`,
    `dscli unfreezeflash -dev ${L} 10`,
    ...drImported,
  ],
  'big-vg': [
    'cfgmgr',
    `dscli mkflash -dev ${L} -freeze -record -persist -nocp ${Array.from({ length: 64 }, (_, i) => `${(0x1000 + i).toString(16).toUpperCase()}:${(0x1100 + i).toString(16).toUpperCase()}`).join(' ')}`,
    `dscli unfreezeflash -dev ${L} 10`,
    // The targets were configured before the copy: lspv still shows them without a PVID.
    'recreatevg -y bigcopyvg $(lspv | awk \'$2 == "none" {print $1}\')',
    'for fs in $(lsvg -l bigcopyvg | awk \'$2 == "jfs2" {print $7}\'); do mount $fs; done',
  ],
  'storage-fails-during-copy': [
    ...db2Quiesce,
    { fails: mkflashBoth },
    ...db2GiveBack,
    ...db2Quiesce,
    mkflashBoth,
    `dscli unfreezeflash -dev ${L} 10`,
    ...db2GiveBack,
    ...flashcopyvgUp,
  ],
  'fsck-errors-discard': [
    { fails: 'fsck -n /fs/data /fs/arch' },
    'varyoffvg flashcopyvg',
    'exportvg flashcopyvg',
    ...frozenFlashOnto(['1100', '1101'], [`dscli rmflash -quiet -dev ${L} 1000:1100 1001:1101`]),
    ...flashcopyvgUp,
  ],
  'svc-refresh': [
    'umount /fs/data',
    'umount /fs/arch',
    'varyoffvg flashcopyvg',
    'exportvg flashcopyvg',
    // Yesterday's background copy of 200 GiB at 2 MiB/s is at 84%: the group cannot be started again.
    { fails: 'svctask startfcconsistgrp -prep fccg_datavg' },
    'svctask stopfcconsistgrp fccg_datavg',
    'svctask prestartfcconsistgrp fccg_datavg',
    // The cache flush of 400 GiB of sources takes 20 seconds, before anything is frozen.
    { fails: 'svctask startfcconsistgrp fccg_datavg' },
    'sleep 20',
    ...frozenAround(['svctask startfcconsistgrp fccg_datavg']),
    'recreatevg -y flashcopyvg hdisk3 hdisk4',
    'fsck -y /fs/data',
    'fsck -y /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ],
  'long-lv-names': [
    ...liveFlashOnto1100,
    'recreatevg -y appcopyvg hdisk3 hdisk4',
    // fs + appvg_jfs2log1 and fs + applicationdata pass 15 characters: AIX generated the names.
    'grep -p /fs/data: /etc/filesystems | grep -q "log.*= /dev/loglv00"',
    'logredo /dev/loglv00',
    'logredo /dev/fslv01',
    'fsck -n /fs/data',
    'fsck -n /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ],
  'mountguard-copy': [
    ...liveFlashOnto1100,
    'recreatevg -y flashcopyvg hdisk3 hdisk4',
    'fsck -y /fs/data',
    'fsck -y /fs/arch',
    { fails: 'mount /fs/data' },
    'mount -o noguard /fs/data',
    'mount /fs/arch',
  ],
  'svc-global-mirror-dr-test': [
    // The aux volumes are configured but unusable while the group runs.
    { fails: 'importvg -y datavg hdisk1' },
    'svcinfo lsrcconsistgrp -delim : rccg_datavg',
    'svctask stoprcconsistgrp -access rccg_datavg',
    ...drImported,
  ],
  'svc-freeze-prepare': [
    'cfgmgr',
    'svctask mkfcconsistgrp -name fccg_datavg',
    'svctask mkfcmap -source 0 -target 2 -name fccg_datavg_m0 -consistgrp fccg_datavg -copyrate 50 -incremental',
    'svctask mkfcmap -source 1 -target 3 -name fccg_datavg_m1 -consistgrp fccg_datavg -copyrate 50 -incremental',
    'svctask prestartfcconsistgrp fccg_datavg',
    // The cache flush of 2000 GiB of sources: 100 seconds, before anything is held.
    'sleep 100',
    ...frozenAround(['svctask startfcconsistgrp fccg_datavg']),
    'recreatevg -y fcdatavg hdisk3 hdisk4',
    'fsck -y /fs/data',
    'fsck -y /fs/arch',
    'mount /fs/data',
    'mount /fs/arch',
  ],
  'raw-lv-database': [
    ...db2SuspendedAround(['/data', '/arch'], [mkflashBoth, `dscli unfreezeflash -dev ${L} 10`]),
    ...flashcopyvgUp,
  ],
  // docs/aix-behaviour.md 20.6: check it is the copy, the host lets go (deepest mount first), then the storage.
  'retire-copy': [
    'lsvg copyvg',
    'lspv',
    'lsps -a',
    'umount /copy/app/data',
    'umount /copy/app/arch',
    'umount /copy/app',
    'varyoffvg copyvg',
    'exportvg copyvg',
    'rmdev -dl hdisk3',
    'rmdev -dl hdisk4',
    retireCopyFlash,
    `dscli chvolgrp -action remove -volume 1100-1101 -dev ${L} V0`,
    'cfgmgr',
    'lspv',
  ],
};

/** The command a solution line types. */
export const typed = (line: SolutionLine) => (typeof line === 'string' ? line : line.fails);
