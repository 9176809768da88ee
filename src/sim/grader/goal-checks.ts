/**
 * The goal's items: the copy VG varied on, each mount the goal names, the copy usable, the application's
 * mode while the storage made the copy, and production (the source VG, the applications) as it was.
 */
import { unusableData } from '../rehearse/judge';
import type { WorldPicture } from '../worker/protocol';
import { type GradeContext, type GradedStep, type ItemResult, where } from './check';
import { appsOf, fileSystemsOf, type Picture, vgNamed } from './picture-view';

export function copyVariedOn({ goal, verdict }: GradeContext): ItemResult {
  return {
    title: `The copy VG ${goal.copyVg} is varied on`,
    failure: !verdict.copy.exists
      ? `There is no VG named ${goal.copyVg} at the end.`
      : verdict.copy.variedOn
        ? null
        : `${goal.copyVg} is varied off at the end.`,
    success: `${goal.copyVg} is defined and varied on.`,
  };
}

export function mounted({ goal, final }: GradeContext, mountPoint: string, vg = goal.copyVg): ItemResult {
  const fs = fileSystemsOf(final, vg).find((f) => f.mountPoint === mountPoint);
  return {
    title: `${mountPoint} of the copy is mounted`,
    failure: !fs
      ? `${vg} has no file system at ${mountPoint} at the end.`
      : !fs.mounted
        ? `${mountPoint} is not mounted at the end.`
        : fs.hiddenUnder !== undefined
          ? `${mountPoint} is hidden: it was mounted before ${fs.hiddenUnder}, which is mounted over it.`
          : null,
    success: `${mountPoint} is mounted.`,
  };
}

/**
 * A question fsck asks about damage it found (JFS2 `FIX?`, JFS `SALVAGE?`). A dirty superblock alone is not
 * damage: under -n it only says the log still waits for its replay (docs/aix-behaviour.md 15).
 */
const FOUND_ERROR = /^(?!Superblock is marked dirty).*(FIX|SALVAGE)\? [yn]$/m;

/** The devices (/dev/LV) an fsck report found errors on. */
export function fsckErrorDevices(stdout: string): string[] {
  // fsck reports each file system under its header: JFS2 "The current volume is: /dev/lv", JFS "** Checking /dev/rlv".
  return stdout
    .split(/\n(?=The current volume is: |\*\* Checking )/)
    .filter((report) => FOUND_ERROR.test(report))
    .map((report) => /(?:The current volume is: |\*\* Checking )(\S+)/.exec(report)?.[1] ?? '')
    .map((device) => device.replace('/dev/r', '/dev/'));
}

/**
 * The copy's file systems fsck found errors on (its report names the device, then asks to fix), since
 * the copy VG was last made: any fsck error means the copy must not be used, whatever a later fsck says.
 * An exported copy is gone: the copy made again starts without errors.
 */
function fsckErrors(steps: GradedStep[], copyVg: string): { step: GradedStep; devices: string[] }[] {
  let found: { step: GradedStep; devices: string[] }[] = [];
  for (const step of steps) {
    if (!vgNamed(step.after, copyVg)) found = [];
    const copyDevices = new Set(fileSystemsOf(step.after, copyVg).map((f) => `/dev/${f.lv}`));
    const devices = fsckErrorDevices(step.entry.result.stdout).filter((device) => copyDevices.has(device));
    if (devices.length > 0) found.push({ step, devices });
  }
  return found;
}

export function copyUsable({ goal, steps, final, verdict }: GradeContext): ItemResult {
  const errors = fsckErrors(steps, goal.copyVg);
  // The database's own verdict on its data (src/sim/world/app-data.ts): a torn raw LV has no fsck to say so.
  const damagedApps = (vgNamed(final, goal.copyVg)?.applications ?? []).filter(
    (a) => a.verdict in unusableData,
  );
  const reasons = [
    ...errors.map(
      ({ step, devices }) =>
        `fsck found errors on ${devices.join(', ')} at ${where(steps, step)}: the copy must not be used, whatever a later fsck says`,
    ),
    ...verdict.copy.inconsistent.map((m) => `${m} is not consistent`),
    ...verdict.copy.damaged
      .filter((m) => !verdict.copy.inconsistent.includes(m))
      .map((m) => `${m} holds damaged data`),
    ...damagedApps.map((a) => `${a.app}'s data on ${goal.copyVg} ${unusableData[a.verdict]}`),
  ];
  return {
    title: `The copy ${goal.copyVg} can be used`,
    failure: !verdict.copy.exists
      ? `There is no VG named ${goal.copyVg} at the end.`
      : reasons.length > 0
        ? `${reasons.join('; ')}.`
        : null,
    success: `${goal.copyVg}'s file systems are consistent, fsck found no error on them, their data is undamaged.`,
  };
}

/** Storage states a relationship enters when the point in time is set: FlashCopy made, mirror suspended. */
const POINT_IN_TIME = new Set(['Valid', 'copying', 'Suspended', 'idling']);

function relationshipStates(picture: Picture): Map<string, string> {
  const rows = (picture as { relationships?: unknown }).relationships;
  return new Map(
    (Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []).map((r) => [
      `${String(r.source)}:${String(r.target)}`,
      String(r.state),
    ]),
  );
}

/** The steps at which the storage set a copy's point in time: a relationship entered such a state. */
function copyInstants(steps: GradedStep[]): GradedStep[] {
  return steps.filter((step) => {
    const before = relationshipStates(step.before);
    return [...relationshipStates(step.after)].some(
      ([pair, state]) => POINT_IN_TIME.has(state) && before.get(pair) !== state,
    );
  });
}

export function appModeDuringCopy({ steps }: GradeContext, app: string, modes: string[]): ItemResult {
  const modeAt = (picture: WorldPicture) => appsOf(picture).find((a) => a.name === app)?.mode ?? 'absent';
  const instants = copyInstants(steps);
  const wrong = instants.find((step) => !modes.includes(modeAt(step.before)));
  return {
    title: `${app} is ${modes.join(' or ')} while the copy is made`,
    failure:
      instants.length === 0
        ? 'The storage made no copy during the attempt.'
        : wrong
          ? `${app} was ${modeAt(wrong.before)} when the copy was made at ${where(steps, wrong)}.`
          : null,
    success: `${app} was ${modes.join(' or ')} at every instant the copy was made.`,
  };
}

export function sourceAsBefore({ goal, verdict }: GradeContext): ItemResult {
  const { before, after } = verdict.production;
  const mountedAt = (p: typeof before) => p.fileSystems.filter((f) => f.mounted).map((f) => f.mountPoint);
  const lostMounts = mountedAt(before).filter((m) => !mountedAt(after).includes(m));
  return {
    title: `The source VG ${goal.sourceVg} is left as it was`,
    failure:
      before.variedOn === true && after.variedOn !== true
        ? `${goal.sourceVg} was varied on at the start and is varied off at the end.`
        : lostMounts.length > 0
          ? `The source's file systems ${lostMounts.join(', ')} were mounted at the start and are not at the end.`
          : null,
    success: `${goal.sourceVg} and its file systems are as they were at the start.`,
  };
}

export function applicationsRestored({ goal, verdict }: GradeContext): ItemResult {
  // Suspended, in hot-backup mode or stopped for the copy: each must be back as it was by the end.
  const changed = verdict.production.changes.filter((line) => line.startsWith('application '));
  const lines = verdict.production.lines.filter((line) => line.startsWith('application '));
  return {
    title: `The applications on ${goal.sourceVg} run as they did at the start`,
    failure: changed.length > 0 ? `Not as at the start: ${changed.join('; ')}.` : null,
    success: lines.length > 0 ? `${lines.join('; ')}.` : `No application runs on ${goal.sourceVg} here.`,
  };
}
