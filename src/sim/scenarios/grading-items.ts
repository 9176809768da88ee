/**
 * What the grade checks for a scenario: its own `grading` items when it lists them (an instructor's edit),
 * otherwise the items its goal names, read from `sourceVg` and `expect`: the copy VG varied on, every file
 * system of the copy mounted where the goal puts it, the copy usable, the source as it was, the
 * applications given back, and the traps of docs/procedure.md; or, for a copy to retire, the copy gone.
 */
import type { GradeItem, Scenario } from './schema';

/** Points of the goal's mounts together, shared by the file systems (at least 1 each). */
const MOUNT_POINTS = 20;

/** The mount points of a source VG's file systems (the first by default), wherever the VG lives in the scenario. */
function sourceMountPoints(
  scenario: Scenario,
  sourceVg = scenario.sourceVg,
): { mountPoints: string[]; onCurrentHost: boolean } {
  const current = scenario.currentHost ?? scenario.hosts[0]?.name;
  for (const host of scenario.hosts) {
    const vg = host.vgs.find((v) => v.name === sourceVg);
    if (vg)
      return { mountPoints: vg.fileSystems.map((f) => f.mountPoint), onCurrentHost: host.name === current };
  }
  return { mountPoints: [], onCurrentHost: false };
}

/** The traps of docs/procedure.md every copy can fall into, as the built-in scenarios weigh them. */
export const TRAP_ITEMS: GradeItem[] = [
  { check: 'cfgmgr-with-source-varied-on', points: 15 },
  { check: 'mount-before-fsck', points: 15 },
  { check: 'used-damaged-copy', points: 15 },
  { check: 'forgot-thaw', points: 15 },
  { check: 'freeze-timed-out', points: 15 },
  { check: 'production-held-after-failure', points: 15 },
  { check: 'pv-clear', points: 15 },
];

/** The applications item, where an application on the current host writes to the source's file systems. */
function applicationItems(scenario: Scenario): GradeItem[] {
  const source = sourceMountPoints(scenario);
  const current = scenario.currentHost ?? scenario.hosts[0]?.name;
  const appsOnSource = scenario.hosts
    .filter((h) => h.name === current)
    .flatMap((h) => h.apps)
    .some((a) => a.fileSystems.some((f) => source.mountPoints.includes(f)));
  return source.onCurrentHost && appsOnSource ? [{ check: 'applications-restored', points: 15 }] : [];
}

/**
 * Retiring a copy (docs/aix-behaviour.md 20.6): the copy gone from host and storage, the source as it
 * was (retiring the source by mistake is the worst miss), and the order the host and the storage let go in.
 */
function retireItems(scenario: Scenario): GradeItem[] {
  return [
    { check: 'copy-vg-removed', points: 15 },
    { check: 'copy-disks-removed', points: 10 },
    { check: 'copy-stanzas-removed', points: 10 },
    { check: 'copy-relationships-removed', points: 10 },
    { check: 'copy-luns-unmapped', points: 10 },
    {
      check: 'source-as-before',
      points: 20,
      lesson:
        `Retire only the copy: before you unmount anything, compare the VG IDENTIFIER (lsvg ${scenario.expect.vg}) ` +
        `and the PVIDs of its hdisks (lspv) with the copy the runbook recorded; ${scenario.sourceVg} is production ` +
        'and must stay varied on and mounted.',
    },
    ...applicationItems(scenario),
    { check: 'retired-while-mounted', points: 15 },
    { check: 'rmdev-before-exportvg', points: 15 },
    { check: 'storage-removed-while-in-use', points: 15 },
  ];
}

/** The items the scenario's goal names, with the weights the built-in scenarios use. */
function goalItems(scenario: Scenario): GradeItem[] {
  if (scenario.expect.retired) return retireItems(scenario);
  const copyVg = scenario.expect.vg ?? '';
  // importvg keeps the source's names; recreatevg puts the mount points under -L (default /fs).
  const recreated = copyVg !== scenario.sourceVg;
  const prefix = (sourceVg: string | undefined, vg: string | undefined) =>
    scenario.expect.mountedUnder ?? (vg !== sourceVg ? '/fs' : '');
  // Every VG of a copy set is brought up: each of its file systems mounted where the goal puts it.
  const mounts = [
    { sourceVg: scenario.sourceVg, vg: copyVg, first: true },
    ...scenario.moreVgs.map((m) => ({ sourceVg: m.sourceVg, vg: m.vg, first: false })),
  ].flatMap(({ sourceVg, vg, first }) =>
    sourceMountPoints(scenario, sourceVg).mountPoints.map((m) => ({
      mountPoint: `${prefix(sourceVg, vg)}${m}`,
      // The first copy's items name no VG: theirs is expect.vg, as a scenario file writes them.
      ...(first ? {} : { vg }),
    })),
  );
  const each = Math.max(1, Math.round(MOUNT_POINTS / Math.max(1, mounts.length)));
  return [
    { check: 'copy-varied-on', points: 20 },
    ...mounts.map((m) => ({ check: 'mounted' as const, ...m, points: each })),
    { check: 'copy-usable', points: 20 },
    { check: 'source-as-before', points: 20 },
    ...applicationItems(scenario),
    ...TRAP_ITEMS,
    // pv=yes only reads the PVID on the disk into the ODM: harmless before importvg, needless before recreatevg.
    ...(recreated ? [{ check: 'pv-yes-before-recreatevg' as const, points: 10 }] : []),
  ];
}

/** The graded items of a scenario: its own list, or the one its goal names. */
export function gradingItems(scenario: Scenario): GradeItem[] {
  return scenario.grading ?? goalItems(scenario);
}
