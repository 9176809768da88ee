/** The `ran` check reads the commands typed as a trainee types them: pipelines, the storage CLIs, failures. */
import { describe, expect, it } from 'vitest';
import { createWorld, worldState } from '../index';
import { checkHolds } from './step-check';
import type { StepCheck } from './step-schema';

const ok = { stdout: '', stderr: '', exitCode: 0 };

async function ranIn(commands: { command: string; exitCode?: number }[], check: StepCheck) {
  const picture = worldState(await createWorld('first-flashcopy'));
  return checkHolds(check, {
    picture,
    commands: commands.map(({ command, exitCode = 0 }) => ({ command, result: { ...ok, exitCode } })),
    answer: '',
  });
}

describe('a step that asks for a command', () => {
  const lsdevDisks: StepCheck = { check: 'ran', command: 'lsdev', with: ['disk'] };

  it('passes when the command ran in a pipeline with the words asked for', async () => {
    expect(await ranIn([{ command: 'lsdev -Cc disk | grep Defined' }], lsdevDisks)).toBe(true);
  });

  it('does not pass on another command, other words or a command that failed', async () => {
    expect(await ranIn([{ command: 'lspv' }, { command: 'lsdev -Cc adapter' }], lsdevDisks)).toBe(false);
    expect(await ranIn([{ command: 'lsdev -Cc disk', exitCode: 1 }], lsdevDisks)).toBe(false);
  });

  it('counts a storage command typed at the AIX prompt behind dscli, or on the storage console', async () => {
    const mkflash: StepCheck = { check: 'ran', command: 'mkflash', with: [] };
    expect(await ranIn([{ command: 'dscli mkflash -dev IBM.2107-75ABCD1 1000:1100' }], mkflash)).toBe(true);
    expect(await ranIn([{ command: 'mkflash -dev IBM.2107-75ABCD1 1000:1100' }], mkflash)).toBe(true);
  });
});
