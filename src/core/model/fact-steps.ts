/** The wizard page where each top-level fact is entered, for findings and differences at a field. */
import type { StepId } from '../wizard-steps';

const stepOf: Record<string, StepId> = {
  hostname: 'start',
  aix: 'start',
  multipath: 'start',
  copy: 'start',
  sourceVg: 'start',
  host: 'start',
  sourceOnHost: 'phase1',
  mode: 'phase1',
  existingCopy: 'phase1',
  targets: 'phase1',
  storage: 'phase1',
  consistency: 'consistency',
  applications: 'consistency',
  newVg: 'phase2',
  chdevPvSteps: 'phase2',
};

/** The page of a top-level fact (`sourceVg`), or Start for one the wizard does not know. */
export function stepOfFact(key: string): StepId {
  return stepOf[key] ?? 'start';
}
