/**
 * Command outputs copied verbatim from docs/aix-behaviour.md (the section is named on each), so the parsers
 * are tested against the layouts real AIX prints. Copied by a script from the reference: do not edit.
 */

/** §1.2 lspv: datavg varied on, altinst_rootvg varied off, a target without PVID, one with a PVID but no VG */
export const lspv = `hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk1          00c8b12c57a1e3f0                    altinst_rootvg
hdisk2          00c8b12cd9de1a01                    datavg          active
hdisk3          00c8b12cd9de2b17                    datavg          active
hdisk4          none                                None
hdisk5          00c8b12cf0a2c3d4                    None
`;

/** §1.3 lspv hdisk2 */
export const lspvDisk = `PHYSICAL VOLUME:    hdisk2                   VOLUME GROUP:     datavg
PV IDENTIFIER:      00c8b12cd9de1a01 VG IDENTIFIER     00c8b12c00004c000000018c2a6e7b1d
PV STATE:           active
STALE PARTITIONS:   0                        ALLOCATABLE:      yes
PP SIZE:            64 megabyte(s)           LOGICAL VOLUMES:  3
TOTAL PPs:          1599 (102336 megabytes)  VG DESCRIPTORS:   2
FREE PPs:           317 (20288 megabytes)    HOT SPARE:        no
USED PPs:           1282 (82048 megabytes)   MAX REQUEST:      256 kilobytes
FREE DISTRIBUTION:  00..00..00..00..317
USED DISTRIBUTION:  320..320..320..322..00
MIRROR POOL:        None
`;

/** §2.1 lsvg, varyoffvg and lsvg -o as typed at the prompt */
export const lsvgTranscript = `# lsvg
altinst_rootvg
rootvg
oraswvg
datavg
# varyoffvg oraswvg
# varyoffvg datavg
# lsvg -o
rootvg
`;

/** §2.2 lsvg datavg (scalable VG, AIX 7.2/7.3) */
export const lsvgStatus = `VOLUME GROUP:       datavg                   VG IDENTIFIER:  00c8b12c00004c000000018c2a6e7b1d
VG STATE:           active                   PP SIZE:        64 megabyte(s)
VG PERMISSION:      read/write               TOTAL PPs:      3198 (204672 megabytes)
MAX LVs:            256                      FREE PPs:       634 (40576 megabytes)
LVs:                4                        USED PPs:       2564 (164096 megabytes)
OPEN LVs:           2                        QUORUM:         2 (Enabled)
TOTAL PVs:          2                        VG DESCRIPTORS: 3
STALE PVs:          0                        STALE PPs:      0
ACTIVE PVs:         2                        AUTO ON:        yes
MAX PPs per VG:     32768                    MAX PVs:        1024
LTG size (Dynamic): 256 kilobyte(s)          AUTO SYNC:      no
HOT SPARE:          no                       BB POLICY:      relocatable
MIRROR POOL STRICT: off
PV RESTRICTION:     none                     INFINITE RETRY: no
DISK BLOCK SIZE:    512                      CRITICAL VG:    no
FS SYNC OPTION:     no                       CRITICAL PVs:   no
ENCRYPTION:         no
`;

/** §2.3 lsvg -l datavg */
export const lsvgLvs = `datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv00             jfs2log    1       1       1    open/syncd    N/A
datalv              jfs2       1600    1600    2    open/syncd    /data
archlv              jfs2       960     960     1    closed/syncd  /arch
rawlv01             raw        3       3       1    closed/syncd  N/A
`;

/** §2.4 lsvg -p datavg */
export const lsvgPvs = `datavg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk2            active            1599        317         00..00..00..00..317
hdisk3            active            1599        317         00..00..00..00..317
`;

/** §4.2 lsfs */
export const lsfs = `Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting
/dev/hd4        --         /                      jfs2  2097152 --         yes  no
/dev/hd2        --         /usr                   jfs2  6291456 --         yes  no
/dev/datalv     --         /data                  jfs2  209715200 rw         yes  no
/dev/archlv     --         /arch                  jfs2  125829120 rw         yes  no
/proc           --         /proc                  procfs --     --         yes  no
`;

/** §4.3 lsfs -q */
export const lsfsQ = `Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting
/dev/datalv     --         /data                  jfs2  209715200 rw         yes  no
  (lv size: 209715200, fs size: 209715200, block size: 4096, sparse files: yes, inline log: no, inline log size: 0, EAformat: v2, Quota: no, DMAPI: no, VIX: yes, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)
`;

/** §5.2 lsdev -Cc disk: a virtual SCSI disk and an SVC LUN under SDDPCM */
export const lsdevSvc = `hdisk0 Available          Virtual SCSI Disk Drive
hdisk4 Available 24-T1-01 MPIO FC 2145
`;

/** §5.2 lsdev -Cc disk: a SCSI disk and an XIV LUN */
export const lsdevXiv = `hdisk0   Available 05-08-00-3,0 16 Bit LVD SCSI Disk Drive
hdisk3   Available 06-08-02     MPIO 2810 XIV Disk
`;

/** §5.3 lsdev -Cc disk as typed: DS8000 LUNs under the AIX PCM */
export const lsdevDs8000 = `# lsdev -Cc disk
hdisk0 Available 00-08-00 SAS Disk Drive
hdisk1 Available 00-08-02 MPIO IBM 2107 FC Disk
hdisk2 Available 00-08-02 MPIO IBM 2107 FC Disk
hdisk3 Available 01-00-02 MPIO IBM 2107 FC Disk
hdisk4 Available 01-00-02 MPIO IBM 2107 FC Disk
`;

/** §6.2 lsattr -El of an SVC LUN under the AIX PCM */
export const lsattr = `PCM             PCM/friend/fcpother                                 Path Control Module              False
PR_key_value    none                                                Persistant Reserve Key Value     True+
algorithm       shortest_queue                                      Algorithm                        True+
clr_q           no                                                  Device CLEARS its Queue on error True
dist_err_pcnt   0                                                   Distributed Error Percentage     True
dist_tw_width   50                                                  Distributed Error Sample Time    True
hcheck_cmd      test_unit_rdy                                       Health Check Command             True+
hcheck_interval 60                                                  Health Check Interval            True+
hcheck_mode     nonactive                                           Health Check Mode                True+
location                                                            Location Label                   True+
lun_id          0x2000000000000                                     Logical Unit Number ID           False
lun_reset_spt   yes                                                 LUN Reset Supported              True
max_coalesce    0x40000                                             Maximum Coalesce Size            True
max_retry_delay 60                                                  Maximum Quiesce Time             True
max_transfer    0x80000                                             Maximum TRANSFER Size            True
node_name       0x500507110100c1a4                                  FC Node Name                     False
pvid            00fa90eee3be28e90000000000000000                    Physical volume identifier       False
q_err           yes                                                 Use QERR bit                     True
q_type          simple                                              Queuing TYPE                     True
queue_depth     20                                                  Queue DEPTH                      True+
reassign_to     120                                                 REASSIGN time out value          True
reserve_policy  no_reserve                                          Reserve Policy                   True+
rw_timeout      30                                                  READ/WRITE time out value        True
scsi_id         0xc95400                                            SCSI ID                          False
start_timeout   60                                                  START unit time out value        True
timeout_policy  fail_path                                           Timeout Policy                   True+
unique_id       33213600507110180813E50000000000003F304214503IBMfcp Unique device identifier         False
ww_name         0x500507110110c1a4                                  FC World Wide Name               False
`;

/** §14.2 mount */
export const mount = `  node       mounted        mounted over    vfs       date        options      
-------- ---------------  ---------------  ------ ------------ --------------- 
         /dev/hd4         /                jfs2   Nov 07 19:11 rw,log=/dev/hd8 
         /dev/hd2         /usr             jfs2   Nov 07 19:11 rw,log=/dev/hd8 
         /dev/datalv      /data            jfs2   Nov 07 19:20 rw,log=/dev/loglv00
         /proc            /proc            procfs Nov 07 19:11 rw              
         /dev/fsdatalv    /fs/data         jfs2   Nov 07 19:35 rw,log=/dev/fsloglv00
`;

/** §20.1 lspv and lsvg -l datavg as typed, before the copy */
export const hostViewBefore = `# lspv
hdisk0          00c8b12ce3c7d496                    rootvg          active
hdisk1          00c8b12cd9de1a01                    datavg          active
hdisk2          00c8b12cd9de2b17                    datavg          active
# lsvg -l datavg
datavg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
loglv00             jfs2log    1       1       1    open/syncd    N/A
datalv              jfs2       3000    3000    2    open/syncd    /data
`;
