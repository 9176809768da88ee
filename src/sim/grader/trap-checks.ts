/**
 * The traps of bringing a copy up (docs/procedure.md "Traps and rules"): cfgmgr meeting duplicate PVIDs,
 * an inconsistent copy mounted before fsck, a file system left frozen, and the PVID steps recreatevg and
 * importvg make needless or harmful.
 */
import { commandName, type GradeContext, type GradedStep, type ItemResult, where, words } from './check';
import { disksOf, fileSystemsOf, freezeTimeouts, vgNamed } from './picture-view';

export function cfgmgrWithSourceVariedOn({ goal, steps }: GradeContext): ItemResult {
  // The trap (docs/procedure.md): cfgmgr meets the copy's LUNs, which carry the PVIDs of a varied-on VG, and
  // leaves them Defined. Configuring blank LUNs before the copy is the right way and is not flagged.
  const fallen = steps.find((s) => {
    if (commandName(s.entry.command) !== 'cfgmgr' || !vgNamed(s.before, goal.sourceVg)?.variedOn)
      return false;
    const before = new Map(disksOf(s.before).map((d) => [d.name, d.status]));
    return disksOf(s.after).some((d) => d.status === 'Defined' && before.get(d.name) !== 'Defined');
  });
  return {
    title: 'No cfgmgr on the copy while the source VG is varied on',
    failure: fallen
      ? `${where(steps, fallen)}, met the copy's disks while ${goal.sourceVg} was varied on: they stay Defined, without PVID.`
      : null,
    success: 'cfgmgr never met a duplicate PVID of a varied-on VG.',
  };
}

export function mountBeforeFsck({ goal, steps }: GradeContext): ItemResult {
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
  return {
    title: 'No file system of an inconsistent copy mounted before fsck passed on it',
    failure: fallen
      ? `${where(steps, fallen.step)}, mounted ${fallen.mountPoint} before a clean fsck of it.`
      : null,
    success: 'No file system of the copy was mounted while its log disagreed with it.',
  };
}

export function thawed({ verdict }: GradeContext): ItemResult {
  const { frozen } = verdict;
  return {
    title: 'No file system is left frozen',
    failure:
      frozen.length > 0 ? `Still frozen at the end: ${frozen.join(', ')} (no chfs -a freeze=off).` : null,
    success: 'Every frozen file system was thawed.',
  };
}

export function freezeTimedOut({ steps, final }: GradeContext): ItemResult {
  // docs/procedure.md: a freeze ends by itself when its timeout runs out (AIX logs J2_FREEZE_TIMEOUT), so the
  // timeout must cover the copy's start; after it, writes go on and the copy is no longer the frozen image.
  const atStart = new Set(freezeTimeouts(steps[0]?.before ?? final));
  const timedOut = freezeTimeouts(final).filter((t) => !atStart.has(t));
  return {
    title: "No freeze timed out before the copy's start",
    failure:
      timedOut.length > 0
        ? `The freeze of ${timedOut.join(', ')} timed out (J2_FREEZE_TIMEOUT): writes went on before the copy was taken.`
        : null,
    success: 'Every freeze was ended by chfs -a freeze=off, none by its timeout.',
  };
}

/** The first chdev that set the disk attribute pv to `value`, as AIX's getopt reads `-a pv=VALUE`. */
const chdevPv = (steps: GradedStep[], value: string) =>
  steps.find(
    (s) =>
      commandName(s.entry.command) === 'chdev' &&
      new RegExp(`(^|\\s|-a)pv=${value}(\\s|$)`).test(s.entry.command) &&
      s.entry.result.exitCode === 0,
  );

export function pvClear({ steps }: GradeContext): ItemResult {
  const fallen = chdevPv(steps, 'clear');
  return {
    title: 'No chdev -a pv=clear',
    failure: fallen ? `${where(steps, fallen)}: it wrote the null PVID on the disk.` : null,
    success: 'No PVID was cleared.',
  };
}

export function pvYesBeforeRecreatevg({ steps }: GradeContext): ItemResult {
  const risky = chdevPv(steps, 'yes');
  return {
    title: 'No chdev -a pv=yes before recreatevg',
    failure: risky ? `${where(steps, risky)}: recreatevg gives the copy new PVIDs itself.` : null,
    success: 'PVIDs were left to recreatevg.',
  };
}
