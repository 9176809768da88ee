/** The built-in scenario library (issue 3), by exact name. */
import type { ScenarioInput } from '../schema';
import { firstFlashcopy } from './first-flashcopy';

export const builtInScenarios: readonly ScenarioInput[] = [firstFlashcopy];
