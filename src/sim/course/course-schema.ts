/**
 * The course: levels from the basics to the full procedures, each an ordered list of lessons; a lesson is
 * a scenario (a built-in one by name, or a world of its own) and Markdown steps, each with the checks that
 * must hold after it and the "why" shown once they do. Data, checked by one zod schema like a scenario.
 */
import { z } from 'zod';
import { scenarioSchema } from '../scenarios/schema';
import { stepCheckSchema } from './step-check';

const markdown = z.string().min(1);

const stepSchema = z.object({
  title: z.string().min(1),
  /** What to do, in Markdown. */
  text: markdown,
  /** A question the trainee answers in words (read off the screen), checked by an `answer` check. */
  question: z.string().min(1).optional(),
  /** All must hold for the step to pass; each can fail (the course test plays each before its command). */
  checks: z.array(stepCheckSchema).min(1, 'a step has at least one check'),
  /** Why the step matters, in Markdown, shown once it passed. */
  why: markdown,
});

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
