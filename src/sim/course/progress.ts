/**
 * How far a trainee is in a lesson: steps pass in order, each once every one of its checks holds after a
 * command (or an answer); a passed step stays passed, as a verify step does once Killercoda moved on.
 */
import type { Lesson } from './course-schema';
import { checkHolds, type StepContext } from './step-check';

/** Steps passed, counted on from `passed` (those already passed): each next one whose checks now hold. */
export function stepsPassed(lesson: Lesson, ctx: StepContext, passed: number): number {
  let count = passed;
  for (const step of lesson.steps.slice(passed)) {
    if (!step.checks.every((c) => checkHolds(c, ctx))) break;
    count += 1;
  }
  return count;
}
