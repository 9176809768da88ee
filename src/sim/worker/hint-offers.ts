/**
 * The conditions of the hints a training session offers by itself (the scenario's hints with `when`),
 * read from the world's picture after a command or after time passed, and from the command just run
 * where only its report tells (fsck names the damage it found; the world keeps only the repair).
 */
import { commandName } from '../grader/check';
import { fsckErrorDevices } from '../grader/goal-checks';
import { vgOnCopyTargets } from '../grader/picture-view';
import type { HintCondition } from '../scenarios/schema';
import type { TranscriptEntry, WorldPicture } from './protocol';

/** The copy's VGs: those on the targets of a FlashCopy or the secondaries of a mirror. */
const onCopy = (picture: WorldPicture, vg: string | null) => vg !== null && vgOnCopyTargets(picture, vg);

/** Whether the condition holds now; `command` is the command just run (null when only time passed). */
export function holds(when: HintCondition, picture: WorldPicture, command: TranscriptEntry | null): boolean {
  switch (when) {
    case 'disks-defined':
      return picture.disks.some((disk) => disk.status === 'Defined');
    case 'copy-log-wrapped':
      return picture.logs.some((log) => log.wrapped === true && onCopy(picture, log.vg));
    case 'freeze-timed-out':
      // The error log's lines read "TIME LABEL RESOURCE: description" (world-picture.ts).
      return picture.log.some((line) => line.split(' ')[1] === 'J2_FREEZE_TIMEOUT');
    case 'fsck-found-errors-on-copy': {
      if (!command || commandName(command.command) !== 'fsck') return false;
      const copy = new Set(
        picture.fileSystems.filter((fs) => onCopy(picture, fs.vg)).map((fs) => `/dev/${fs.lv}`),
      );
      return fsckErrorDevices(command.result.stdout).some((device) => copy.has(device));
    }
  }
}
