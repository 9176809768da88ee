/**
 * The traps of a copy that goes wrong: production kept held (frozen, suspended, in hot-backup
 * mode, unmounted or stopped) while the trainee does other things after the storage refused the copy,
 * and a copy whose data is damaged (fsck found errors on it) mounted or kept as the copy.
 */
import { productionReport, productionState } from '../rehearse/judge';
import type { WorldPicture } from '../worker/protocol';
import { commandName, type GradeContext, type GradedStep, type ItemResult, where } from './check';
import { damagedFileSystems, type FileSystemView } from './picture-view';

/** The storage CLIs as they are reached from the AIX prompt; the storage console and button are storage too. */
const STORAGE_CLIS = new Set(['dscli', 'svctask', 'svcinfo', 'ssh']);

const onStorage = (step: GradedStep) =>
  step.entry.source === 'storage' ||
  step.entry.source === 'button' ||
  STORAGE_CLIS.has(commandName(step.entry.command));

/**
 * After a storage command fails while production is held for the copy, every following command must
 * give part of production back until it is all back: thaw, write resume, end backup, remount, restart.
 * Anything else (a look at the storage, a retry of the copy) keeps the application waiting.
 */
export function productionHeldAfterFailure({ goal, steps }: GradeContext): ItemResult {
  // Production as the first command found it; an attempt of no commands holds nothing.
  const start = steps.length > 0 ? productionState(steps[0].before, goal.sourceVg) : null;
  const held = (picture: WorldPicture) =>
    start ? productionReport(start, productionState(picture, goal.sourceVg)).changes : [];
  let failed: GradedStep | undefined;
  let handled: GradedStep | undefined;
  let fallen: { step: GradedStep; still: string[] } | undefined;
  for (const step of steps) {
    if (failed) {
      const before = held(step.before);
      if (before.length === 0) failed = undefined;
      else if (held(step.after).length >= before.length) {
        fallen = { step, still: before };
        break;
      }
    }
    if (!failed && onStorage(step) && step.entry.result.exitCode !== 0 && held(step.before).length > 0) {
      failed = step;
      handled = step;
    }
  }
  // An attempt that ends before production is all back also kept it held.
  const last = steps[steps.length - 1];
  const stillHeld = !fallen && failed && last ? held(last.after) : [];
  return {
    title: 'Production given back at once when the copy failed',
    failure:
      fallen && failed
        ? `${where(steps, fallen.step)}, ran after the copy failed at ${where(steps, failed)}, while production was still held: ${fallen.still.join('; ')}.`
        : failed && stillHeld.length > 0
          ? `The attempt ended after the copy failed at ${where(steps, failed)}, with production still held: ${stillHeld.join('; ')}.`
          : null,
    success: handled
      ? `After the copy failed at ${where(steps, handled)}, production was given back first.`
      : 'No copy command failed while production was held.',
  };
}

/**
 * docs/procedure.md: any fsck error means the copy must not be used. The world keeps the damage (the copy's log
 * disagreed with it: dataOk false, even after fsck -y repaired the metadata), so the trap is mounting
 * such a file system, or ending with it varied on as the copy.
 */
export function usedDamagedCopy({ steps, final }: GradeContext): ItemResult {
  const mountedNow = (step: GradedStep) => {
    const wasMounted = new Set(
      damagedFileSystems(step.before)
        .filter((f) => f.mounted)
        .map((f) => f.mountPoint),
    );
    return damagedFileSystems(step.after).filter((f) => f.mounted && !wasMounted.has(f.mountPoint));
  };
  const mounted = steps
    .map((step) => ({ step, fileSystems: mountedNow(step) }))
    .find((m) => m.fileSystems.length > 0);
  const kept = damagedFileSystems(final);
  const names = (fs: FileSystemView[]) => fs.map((f) => f.mountPoint).join(', ');
  return {
    title: 'No damaged copy is mounted or kept',
    failure: mounted
      ? `${where(steps, mounted.step)}, mounted ${names(mounted.fileSystems)}, whose data is damaged (the copy was torn: fsck finds errors, and fsck -y repairs only the metadata).`
      : kept.length > 0
        ? `The damaged copy is still varied on at the end: ${names(kept)} (the copy was torn: take it again).`
        : null,
    success: 'No file system with damaged data was mounted or left varied on.',
  };
}
