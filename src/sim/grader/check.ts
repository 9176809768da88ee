/**
 * What every grader check is built from: one attempt's command with the world around it, the command's
 * words, where in the attempt it stands, and one check's result with its lesson.
 */
import type { TranscriptEntry, WorldPicture } from '../worker/protocol';
import type { GradeCheck } from './grade';
import { lessons } from './lessons';

/** One command of the attempt with the world just before and just after it. */
export interface GradedStep {
  entry: TranscriptEntry;
  before: WorldPicture;
  after: WorldPicture;
}

export const words = (command: string) => command.trim().split(/\s+/);
export const commandName = (command: string) => words(command)[0] ?? '';
export const where = (steps: GradedStep[], step: GradedStep) =>
  `command ${steps.indexOf(step) + 1}, \`${step.entry.command}\``;

export function check(
  id: keyof typeof lessons,
  kind: GradeCheck['kind'],
  points: number,
  title: string,
  failure: string | null,
  success: string,
): GradeCheck {
  const passed = failure === null;
  return {
    id,
    kind,
    title,
    passed,
    points,
    earned: passed ? points : 0,
    detail: failure ?? success,
    lesson: lessons[id],
  };
}
