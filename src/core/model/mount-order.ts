/**
 * The one order of mounts and unmounts for nested mount points (/data and /data/sub), used by the planner,
 * the script writer and so the checklist. AIX mounts a file system over a directory: /data/sub mounted
 * before /data is hidden once /data mounts over it; and umount refuses /data while /data/sub is mounted
 * below it (0506-349, the requested resource is busy). So mount shallowest first, unmount deepest first.
 */

/** How many directories deep a mount point is (`/data/logs`: 2). */
const depth = (mountPoint: string) => mountPoint.split('/').filter(Boolean).length;

/** The mount points in the order `mount` (parents first) or `umount` (children first) takes them. */
export function mountOrder(command: 'mount' | 'umount', mountPoints: readonly string[]): string[] {
  // A stable sort: mount points of one depth keep the runbook's order either way.
  const sign = command === 'mount' ? 1 : -1;
  return [...mountPoints].sort((a, b) => sign * (depth(a) - depth(b)));
}
