/** A scenario file may carry a lesson of its own: its steps are checked as the course's are, at their field. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenarios/load';
import { basicsDisks } from './basics-disks';

const step = {
  title: 'List the physical volumes',
  text: 'Run `lspv`.',
  checks: [{ check: 'ran', command: 'lspv' }],
  why: '`lspv` reads the ODM.',
};

describe('a scenario file with a lesson of its own', () => {
  it('is taken with its steps', () => {
    const parsed = parseScenario(JSON.stringify({ ...basicsDisks, steps: [step] }));
    expect(parsed.ok && parsed.scenario.steps).toEqual([
      { ...step, checks: [{ check: 'ran', command: 'lspv', with: [] }] },
    ]);
  });

  it('is refused, naming the field, when a step cannot be checked', () => {
    expect(
      parseScenario({
        ...basicsDisks,
        steps: [
          { ...step, checks: [] },
          { ...step, checks: [{ check: 'disk', disk: 'vpath0' }] },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: ['steps.0.checks: a step has at least one check', 'steps.1.checks.0.disk: a disk is hdiskN'],
    });
  });
});
