/**
 * The course: levels from the basics to the full procedures, each an ordered list of lessons; a lesson is
 * a scenario (a built-in one by name, or a world of its own) and Markdown steps, each with the checks that
 * must hold after it and the "why" shown once they do. Data, checked by one zod schema like a scenario.
 */
import { z } from 'zod';
import { scenarioSchema } from '../scenarios/schema';
import { stepSchema } from './step-schema';

const lessonSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lesson id is lower-case words joined by "-"'),
  title: z.string().min(1),
  /** What the lesson teaches, one sentence for the course view. */
  summary: z.string().min(1),
  /** The world the lesson runs in: a built-in scenario by name, or a scenario of the course's own. */
  scenario: z.union([z.object({ builtIn: z.string().min(1) }), z.object({ own: scenarioSchema })]),
  steps: z.array(stepSchema).min(1),
});

const levelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a level id is lower-case words joined by "-"'),
  title: z.string().min(1),
  lessons: z.array(lessonSchema).min(1),
});

export const courseSchema = z.array(levelSchema).min(1);

export type Course = z.infer<typeof courseSchema>;
export type CourseInput = z.input<typeof courseSchema>;
export type Lesson = Course[number]['lessons'][number];
