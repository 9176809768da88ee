/**
 * Every built-in scenario graded from its goal: its reference solution passes with full marks, and each of
 * its traps played on purpose fails with the lesson that names it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index';
import { gradingItems } from '../scenarios/grading-items';
import { builtInScenarios } from '../scenarios/library/index';
import { referenceSolutions, typed } from '../test-support/reference-solutions';
import { trapPlays } from '../test-support/trap-plays';
import { gradeIn, misses } from '../test-support/grade-in';
import { lessons } from './lessons';

describe('each built-in scenario graded from its goal', () => {
  it.each(builtInScenarios.map((s) => s.name))('%s: the reference solution gets full marks', async (name) => {
    const solution = referenceSolutions[name] ?? [];
    expect(misses(await gradeIn(name, solution.map(typed)))).toEqual({
      score: 100,
      passed: true,
      missed: [],
    });
  });
});

describe('each trap of a built-in scenario, played on purpose', () => {
  it('every built-in scenario has a trap played', () => {
    expect(
      builtInScenarios.map((s) => s.name).filter((n) => !trapPlays.some((t) => t.scenario === n)),
    ).toEqual([]);
  });

  it.each(trapPlays)('$scenario: $trap fails with the lesson that names it', async (play) => {
    const grade = await gradeIn(play.scenario, play.lines, play.timeMoves);
    expect(grade.passed).toBe(false);
    // The scenario's own lesson on an item where it gives one (retire-copy's source), else the grader's.
    const items = gradingItems(loadScenario(play.scenario)!);
    const lessonOf = (id: string) => {
      const check = id.split(' ')[0] as keyof typeof lessons;
      return items.find((i) => i.check === check)?.lesson ?? lessons[check];
    };
    expect(misses(grade).missed.map(({ id, lesson }) => [id, lesson])).toEqual(
      play.missed.map((id) => [id, lessonOf(id)]),
    );
  });
});
