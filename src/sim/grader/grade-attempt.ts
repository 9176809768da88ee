/**
 * The grader: reads the commands a trainee typed, the world before and after each, and the final world,
 * and checks the scenario's goal, the traps of docs/procedure.md and the unnecessary or risky steps. Pure: the
 * same attempt always gets the same grade.
 */
import type { WorldPicture } from '../worker/protocol';
import type { Grade, GradeCheck } from './grade';
import type { GradingGoal } from './grading-goal';
import { type CopyVerdict, judgeCopy } from '../rehearse/judge';
import { check, commandName, type GradedStep, where, words } from './check';
import { productionHeldAfterFailure, usedDamagedCopy } from './failure-checks';
import { disksOf, fileSystemsOf, vgNamed } from './picture-view';

/** Grades one attempt. `final` is the world at the end (after the last command, or a reset/restore). */
export function gradeAttempt(goal: GradingGoal, steps: GradedStep[], final: WorldPicture): Grade {
  // The goal and production are judged as a rehearsal judges them (src/sim/rehearse/judge.ts).
  const verdict = judgeCopy(goal, steps[0]?.before ?? final, final);
  const checks = [
    copyVariedOn(goal, verdict),
    ...(goal.copyMounted ? [copyMounted(goal, verdict)] : []),
    sourceUntouched(goal, verdict),
    // Only where applications run on the source: there is nothing to give back otherwise.
    ...(verdict.production.before.applications.length > 0 ? [applicationsRestored(goal, verdict)] : []),
    cfgmgrWithSourceVariedOn(goal, steps),
    mountBeforeFsck(goal, steps),
    usedDamagedCopy(steps, final),
    thawed(verdict),
    productionHeldAfterFailure(goal, steps),
    noPvidClearing(steps),
  ];
  const points = checks.reduce((sum, c) => sum + c.points, 0);
  const earned = checks.reduce((sum, c) => sum + c.earned, 0);
  return {
    score: Math.round((100 * earned) / points),
    passed: checks.every((c) => c.passed || c.kind === 'risky'),
    checks,
  };
}

function copyVariedOn(goal: GradingGoal, verdict: CopyVerdict): GradeCheck {
  return check(
    'copy-vg-varied-on',
    'goal',
    30,
    `The copy VG ${goal.copyVg} is varied on`,
    !verdict.copy.exists
      ? `There is no VG named ${goal.copyVg} at the end.`
      : verdict.copy.variedOn
        ? null
        : `${goal.copyVg} is varied off at the end.`,
    `${goal.copyVg} is defined and varied on.`,
  );
}

function copyMounted(goal: GradingGoal, verdict: CopyVerdict): GradeCheck {
  const { fileSystems, unmounted, outsidePrefix: outside } = verdict.copy;
  const under = goal.mountPrefix ? ` under ${goal.mountPrefix}` : '';
  const failure =
    fileSystems.length === 0
      ? `${goal.copyVg} has no file systems at the end.`
      : unmounted.length > 0
        ? `Not mounted at the end: ${unmounted.join(', ')}.`
        : outside.length > 0
          ? `Mounted outside ${goal.mountPrefix}: ${outside.join(', ')}.`
          : null;
  return check(
    'copy-fs-mounted',
    'goal',
    20,
    `The copy's file systems are mounted${under}`,
    failure,
    `Mounted: ${fileSystems.join(', ')}.`,
  );
}

function sourceUntouched(goal: GradingGoal, verdict: CopyVerdict): GradeCheck {
  const { before, after } = verdict.production;
  const mountedAt = (p: typeof before) => p.fileSystems.filter((f) => f.mounted).map((f) => f.mountPoint);
  const lostMounts = mountedAt(before).filter((m) => !mountedAt(after).includes(m));
  const failure =
    before.variedOn === true && after.variedOn !== true
      ? `${goal.sourceVg} was varied on at the start and is varied off at the end.`
      : lostMounts.length > 0
        ? `The source's file systems ${lostMounts.join(', ')} were mounted at the start and are not at the end.`
        : null;
  return check(
    'source-untouched',
    'goal',
    20,
    `The source VG ${goal.sourceVg} is left as it was`,
    failure,
    `${goal.sourceVg} and its file systems are as they were at the start.`,
  );
}

function applicationsRestored(goal: GradingGoal, verdict: CopyVerdict): GradeCheck {
  // Suspended, in hot-backup mode or stopped for the copy: each must be back as it was by the end.
  const changed = verdict.production.changes.filter((line) => line.startsWith('application '));
  return check(
    'applications-restored',
    'goal',
    20,
    `The applications on ${goal.sourceVg} run as they did at the start`,
    changed.length > 0 ? `Not as at the start: ${changed.join('; ')}.` : null,
    `${verdict.production.lines.filter((line) => line.startsWith('application ')).join('; ')}.`,
  );
}

function cfgmgrWithSourceVariedOn(goal: GradingGoal, steps: GradedStep[]): GradeCheck {
  // The trap (docs/procedure.md): cfgmgr meets the copy's LUNs, which carry the PVIDs of a varied-on VG, and
  // leaves them Defined. Configuring blank LUNs before the copy is the right way and is not flagged.
  const fallen = steps.find((s) => {
    if (commandName(s.entry.command) !== 'cfgmgr' || !vgNamed(s.before, goal.sourceVg)?.variedOn)
      return false;
    const before = new Map(disksOf(s.before).map((d) => [d.name, d.status]));
    return disksOf(s.after).some((d) => d.status === 'Defined' && before.get(d.name) !== 'Defined');
  });
  return check(
    'cfgmgr-with-source-varied-on',
    'trap',
    15,
    'No cfgmgr on the copy while the source VG is varied on',
    fallen
      ? `${where(steps, fallen)}, met the copy's disks while ${goal.sourceVg} was varied on: they stay Defined, without PVID.`
      : null,
    'cfgmgr never met a duplicate PVID of a varied-on VG.',
  );
}

function mountBeforeFsck(goal: GradingGoal, steps: GradedStep[]): GradeCheck {
  // docs/procedure.md's unsupported fallback: a copy taken without freeze/thaw, consistency group or unmount
  // catches file system and log at different instants; mounting replays a log that disagrees and leaves
  // silent damage. logredo and a full fsck must pass before it is mounted. (A crash-consistent copy,
  // all LUNs at one instant, only needs the log replay that mount does.)
  const checked = new Set<string>();
  let fallen: { step: GradedStep; mountPoint: string } | undefined;
  for (const step of steps) {
    const args = words(step.entry.command);
    if (args[0] === 'fsck' && step.entry.result.exitCode === 0) for (const a of args.slice(1)) checked.add(a);
    const before = new Map(fileSystemsOf(step.before, goal.copyVg).map((f) => [f.mountPoint, f]));
    const unchecked = fileSystemsOf(step.after, goal.copyVg).find((f) => {
      const was = before.get(f.mountPoint);
      return (
        f.mounted &&
        was?.mounted === false &&
        was.consistent === false &&
        !checked.has(f.mountPoint) &&
        !checked.has(`/dev/${f.lv}`)
      );
    });
    if (unchecked && !fallen) fallen = { step, mountPoint: unchecked.mountPoint };
  }
  return check(
    'mount-before-fsck',
    'trap',
    15,
    'No file system of an inconsistent copy mounted before fsck passed on it',
    fallen ? `${where(steps, fallen.step)}, mounted ${fallen.mountPoint} before a clean fsck of it.` : null,
    'No file system of the copy was mounted while its log disagreed with it.',
  );
}

function thawed(verdict: CopyVerdict): GradeCheck {
  const { frozen } = verdict;
  return check(
    'forgot-thaw',
    'trap',
    15,
    'No file system is left frozen',
    frozen.length > 0 ? `Still frozen at the end: ${frozen.join(', ')} (no chfs -a freeze=off).` : null,
    'Every frozen file system was thawed.',
  );
}

function noPvidClearing(steps: GradedStep[]): GradeCheck {
  const risky = steps.find((s) => /^\s*chdev\b.*\bpv=(clear|yes)\b/.test(s.entry.command));
  return check(
    'chdev-pv-clear',
    'risky',
    10,
    'No chdev -a pv=clear / pv=yes',
    risky ? `${where(steps, risky)}: recreatevg gives the copy new PVIDs itself.` : null,
    'PVIDs were left to recreatevg.',
  );
}
