/**
 * A mount hides what was at its mount point and below. The copy's file systems (after recreatevg's -L
 * prefix, copy-layout.ts) must therefore never be mounted on or above a live file system of the source
 * or of the system (rootvg's hd4, hd2, hd9var, hd3, hd1, hd10opt, hd11admin, /proc, the live dump
 * directory), nor inside the directories AIX itself runs from: a copy mounted on /var hides the running
 * system's logs and spool, one under /etc puts the copy's files in the system's configuration.
 * The schema refuses `.` and `..` components; this check compares the resulting paths.
 */
import { defineCheck, listNames } from './check';

/** File systems of rootvg (and /proc) on every AIX host. */
const systemMountPoints = [
  '/',
  '/usr',
  '/var',
  '/tmp',
  '/home',
  '/opt',
  '/admin',
  '/proc',
  '/var/adm/ras/livedump',
];

/**
 * Directories of the operating system itself. /usr as a whole is not one: application file systems
 * live below it (SAP's /usr/sap/SID), but its commands and libraries are.
 */
const systemDirectories = [
  '/etc',
  '/dev',
  '/sbin',
  '/bin',
  '/lib',
  '/lpp',
  '/usr/bin',
  '/usr/sbin',
  '/usr/lib',
];

/** Whether `path` is `dir` or lies below it. */
function within(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}

export const copyMountPointShadows = defineCheck('copy-mount-point-shadows', ({ facts, layout }) => {
  const sourceMountPoints = facts.sourceOnHost.present
    ? facts.sourceVg.fileSystems.map((f) => f.mountPoint)
    : [];
  const live = [...new Set([...systemMountPoints, ...sourceMountPoints])];
  const copies = layout.fileSystems.map((f) => f.mountPoint);
  const over = copies.flatMap((copy) =>
    live.filter((m) => within(m, copy)).map((m) => `${copy} (over ${m})`),
  );
  const inside = copies.flatMap((copy) =>
    systemDirectories.filter((dir) => within(copy, dir)).map((dir) => `${copy} (in ${dir})`),
  );
  const bad = [...over, ...inside];
  if (bad.length === 0) return [];
  const recreate = layout.access === 'recreatevg';
  return [
    {
      severity: 'blocker',
      finding: `The copy's mount points ${listNames(bad)} would hide a live file system or land in a system directory.`,
      reason:
        'Mounting the copy on or above a mount point of the source or of the system hides the live file system from everything that runs; inside /etc, /dev or the system’s command directories it would mix the copy with the operating system.',
      fix: recreate
        ? 'Choose a mount-point prefix (-L) of its own, outside the system directories, e.g. /fc.'
        : 'importvg keeps the source’s mount points: use recreatevg with a mount-point prefix (-L), e.g. /fc.',
      step: 'phase2',
      field: recreate ? 'newVg.mountPrefix' : 'newVg.access',
    },
  ];
});
