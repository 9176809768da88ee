/**
 * A small constructor for plan steps, so every step states owner, commands, expectation, verification,
 * reason and recovery: the checklist prints all of them.
 */
import type { ActionStep } from './types';

export function step(s: ActionStep): ActionStep {
  return s;
}
