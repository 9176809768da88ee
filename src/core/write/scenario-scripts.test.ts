/**
 * Every built-in scenario's script, as an admin would get it (collector -> facts -> plan -> script, the
 * flow of src/cli/plan-scenario.ts), is clean for shellcheck -s ksh and for a real Korn shell's parser
 * (ksh -n), undo functions and exit path included. The traps' scenarios give no script: the plan
 * stops at their finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFacts } from '../../cli/plan-scenario';
import { listScenarios } from '../../sim/index';
import { parseFacts } from '../checks/schema-issues';
import { evaluate } from '../engine';
import { shellcheckKsh } from '../test-support/script-validation';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

async function scriptOf(name: string): Promise<string | undefined> {
  const collected = await scenarioFacts(name);
  if (!collected.ok) throw new Error(collected.error);
  const parsed = parseFacts(collected.input);
  if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.finding).join('\n'));
  return evaluate(parsed.facts, meta).outputs?.script;
}

describe("every built-in scenario's script", () => {
  it('passes shellcheck -s ksh and ksh -n', async () => {
    const names = listScenarios().map((s) => s.name);
    // One after the other: each simulated collector run has a wall-clock deadline of its own.
    const scripts: (string | undefined)[] = [];
    for (const name of names) scripts.push(await scriptOf(name));
    const written = names.flatMap((n, i) => (scripts[i] ? [[n, scripts[i]] as const] : []));
    expect(names.filter((_, i) => !scripts[i]).sort()).toEqual([
      'duplicate-pvid-trap',
      'new-target-luns',
      'shared-log',
    ]);
    const checked = shellcheckKsh(written.map(([, text]) => text));
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-scenario-'));
    try {
      const parsed = written.map(([name, text]) => {
        const file = join(dir, `${name}.ksh`);
        writeFileSync(file, text);
        const run = spawnSync('ksh', ['-n', file], { encoding: 'utf8' });
        return `${run.status} ${run.stderr}`;
      });
      expect(Object.fromEntries(written.map(([name], i) => [name, [checked[i], parsed[i]]]))).toEqual(
        Object.fromEntries(written.map(([name]) => [name, [[], '0 ']])),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
