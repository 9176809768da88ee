/**
 * What every grader check is built from: one attempt's command with the world around it, the command's
 * words, where in the attempt it stands, and one graded item's result with its points and lesson.
 */
import type { CopyVerdict } from '../rehearse/judge';
import type { GradeItem } from '../scenarios/schema';
import type { TranscriptEntry, WorldPicture } from '../worker/protocol';
import type { CheckKind, GradeCheck } from './grade';
import type { GradingGoal } from './grading-goal';
import { lessons } from './lessons';

/** One command of the attempt with the world just before and just after it. */
export interface GradedStep {
  entry: TranscriptEntry;
  before: WorldPicture;
  after: WorldPicture;
}

/** What a check reads: the goal, the attempt's steps, the world at the end, and the copy judged. */
export interface GradeContext {
  goal: GradingGoal;
  steps: GradedStep[];
  final: WorldPicture;
  verdict: CopyVerdict;
}

/** One item's result: its title, why it was missed (null when it was not), and what it found when not. */
export interface ItemResult {
  title: string;
  failure: string | null;
  success: string;
}

export const words = (command: string) => command.trim().split(/\s+/);
export const commandName = (command: string) => words(command)[0] ?? '';
export const where = (steps: GradedStep[], step: GradedStep) =>
  `command ${steps.indexOf(step) + 1}, \`${step.entry.command}\``;

/** Whether missing an item fails the attempt (goal, trap) or only costs its points (risky). */
const KINDS: Record<GradeItem['check'], CheckKind> = {
  'copy-varied-on': 'goal',
  mounted: 'goal',
  'copy-usable': 'goal',
  'app-mode-during-copy': 'goal',
  'source-as-before': 'goal',
  'applications-restored': 'goal',
  'cfgmgr-with-source-varied-on': 'trap',
  'mount-before-fsck': 'trap',
  'used-damaged-copy': 'trap',
  'forgot-thaw': 'trap',
  'freeze-timed-out': 'trap',
  'production-held-after-failure': 'trap',
  'pv-clear': 'trap',
  'pv-yes-before-recreatevg': 'risky',
  'copy-vg-removed': 'goal',
  'copy-disks-removed': 'goal',
  'copy-stanzas-removed': 'goal',
  'copy-relationships-removed': 'goal',
  'copy-luns-unmapped': 'goal',
  'retired-while-mounted': 'trap',
  'rmdev-before-exportvg': 'trap',
  'storage-removed-while-in-use': 'trap',
};

/** The item's id: its check, and the mount point or application it is about. */
const idOf = (item: GradeItem) =>
  item.check === 'mounted'
    ? `mounted ${item.mountPoint}`
    : item.check === 'app-mode-during-copy'
      ? `app-mode-during-copy ${item.app}`
      : item.check;

/** The graded check of one item: its points earned when it passed, its lesson (the scenario's or ours). */
export function check(item: GradeItem, result: ItemResult): GradeCheck {
  const passed = result.failure === null;
  return {
    id: idOf(item),
    kind: KINDS[item.check],
    title: result.title,
    passed,
    points: item.points,
    earned: passed ? item.points : 0,
    detail: result.failure ?? result.success,
    lesson: item.lesson ?? lessons[item.check],
  };
}
