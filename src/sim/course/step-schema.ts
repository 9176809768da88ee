/**
 * A lesson's step as data: its Markdown text, an optional question, the checks that must hold after it
 * (evaluated by step-check.ts) and the "why" shown once they do. Only zod here, so the scenario format
 * (../scenarios/schema.ts) can take a lesson's steps without importing the world.
 */
import { z } from 'zod';

const mountPoint = z.string().regex(/^\/\S*$/, 'a mount point is an absolute path');
const diskName = z.string().regex(/^hdisk[0-9]+$/, 'a disk is hdiskN');

const stepCheckSchema = z.discriminatedUnion('check', [
  /**
   * A command was run and succeeded (exit status 0), in any part of a pipeline or list: `command` its
   * name, `with` words it was given (lsdev -Cc disk: `with: ['disk']`).
   */
  z.object({ check: z.literal('ran'), command: z.string().min(1), with: z.array(z.string()).default([]) }),
  /** The disk is in this state: configured (Available) or left Defined, with a PVID or none. */
  z.object({
    check: z.literal('disk'),
    disk: diskName,
    status: z.enum(['Available', 'Defined']).optional(),
    hasPvid: z.boolean().optional(),
  }),
  /** The VG is varied on, known to the host and varied off, or not known to it (exported, never imported). */
  z.object({
    check: z.literal('vg'),
    vg: z.string().min(1),
    is: z.enum(['varied on', 'varied off', 'unknown']),
  }),
  z.object({ check: z.literal('mounted'), mountPoint, mounted: z.boolean() }),
  /** The JFS2 file system is frozen (chfs -a freeze=N) or not. */
  z.object({ check: z.literal('frozen'), mountPoint, frozen: z.boolean() }),
  /**
   * The storage copies this volume onto that one (a FlashCopy or a mirror pair exists), in this state when
   * given, as the storage CLI names it (Full Duplex, Suspended, ...).
   */
  z.object({
    check: z.literal('copied'),
    source: z.string().min(1),
    target: z.string().min(1),
    state: z.string().min(1).optional(),
  }),
  /** The trainee's answer to the step's question is the PVID of this disk (case and spaces aside). */
  z.object({ check: z.literal('answer-pvid'), disk: diskName }),
  /** The trainee's answer to the step's question is this text (case and spaces aside). */
  z.object({ check: z.literal('answer'), is: z.string().min(1) }),
]);

export type StepCheck = z.infer<typeof stepCheckSchema>;

const markdown = z.string().min(1);

export const stepSchema = z.object({
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
