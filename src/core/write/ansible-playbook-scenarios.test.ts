/**
 * Every built-in scenario's playbook, as an admin would get it (collector -> facts -> plan, the flow of
 * src/cli/plan-scenario.ts): its steps come in the script's order, and it passes `ansible-playbook
 * --syntax-check` and ansible-lint's production profile. The traps' scenarios give no playbook, nor does a
 * retire (retire-copy), whose ksh script alone checks the copy before removing it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioFacts } from '../../cli/plan-scenario';
import { listScenarios } from '../../sim/index';
import { parseFacts } from '../checks/schema-issues';
import { evaluate } from '../engine';
import type { Facts } from '../model/facts';
import type { RunbookPlan } from '../plan/types';
import type { StorageMode } from './ksh-steps';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };

interface Written {
  name: string;
  plan: RunbookPlan;
  script: string;
  playbook: string;
}

function written(name: string, facts: Facts, storage?: StorageMode): Written | undefined {
  const result = evaluate(facts, { ...meta, ...(storage ? { storage } : {}) });
  if (!result.outputs) return undefined;
  return { name, plan: result.plan, script: result.outputs.script, playbook: result.outputs.ansiblePlaybook };
}

/** Each scenario's playbook as the runbook asks (the storage CLI), and, for one DS8000 and one SVC copy, with pauses. */
const playbooks: Written[] = [];
let blocked: string[] = [];
const retires: Written[] = [];

beforeAll(async () => {
  // One after the other: each simulated collector run has a wall-clock deadline of its own.
  for (const { name } of listScenarios()) {
    const collected = await scenarioFacts(name);
    if (!collected.ok) throw new Error(collected.error);
    const parsed = parseFacts(collected.input);
    if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.finding).join('\n'));
    const own = written(name, parsed.facts);
    if (!own) blocked = [...blocked, name];
    // vgcopy writes no playbook for a retire (ansible-playbook.ts): its ksh script checks the copy first.
    else if (parsed.facts.mode === 'retire') retires.push(own);
    else playbooks.push(own);
    if (name === 'first-flashcopy' || name === 'svc-freeze-prepare') {
      const paused = written(`${name}-pause`, parsed.facts, 'pause');
      if (paused) playbooks.push(paused);
    }
  }
}, 300_000);

/** The titles of the steps the script runs, in the order its main part calls them. */
function scriptOrder({ plan, script }: Written): string[] {
  return [...script.matchAll(/^step_(\d+)_\w+$/gm)].map((m) => plan.steps[Number(m[1]) - 1]?.title ?? m[0]);
}

/** The step titles among the playbook's task and block names, in the playbook's order. */
function playbookOrder({ plan, playbook }: Written): string[] {
  const titles = new Set(plan.steps.map((s) => s.title));
  return [...playbook.matchAll(/^ *- name: "(.*)"$/gm)].map((m) => m[1] ?? '').filter((n) => titles.has(n));
}

function hasCommand(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

describe("every built-in scenario's Ansible playbook", () => {
  it('names its steps by their titles, in the order the script runs them', () => {
    expect(blocked.sort()).toEqual(['duplicate-pvid-trap', 'new-target-luns', 'shared-log']);
    expect(retires.map((w) => [w.name, w.playbook])).toEqual([
      [
        'retire-copy',
        [
          '# vgcopy 0.1.0: retire the copy copyvg',
          '# generated 2026-11-25T13:00:00Z',
          '# vgcopy writes no playbook for retiring a copy: run the ksh script, whose preflight checks the',
          "# copy's VG identifier and PVIDs on the host before anything is removed.",
          '',
        ].join('\n'),
      ],
    ]);
    expect(playbooks.length).toBe(listScenarios().length - blocked.length - retires.length + 2);
    expect(Object.fromEntries(playbooks.map((w) => [w.name, playbookOrder(w)]))).toEqual(
      Object.fromEntries(playbooks.map((w) => [w.name, scriptOrder(w)])),
    );
  });

  // .ci/run installs Debian's ansible and ansible-lint, so this runs in CI; a machine without them skips it.
  it.skipIf(!hasCommand('ansible-playbook') || !hasCommand('ansible-lint'))(
    'passes ansible-playbook --syntax-check and ansible-lint --profile production (skipped on a machine without them)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'vgcopy-playbooks-'));
      try {
        const files = playbooks.map((w) => {
          writeFileSync(join(dir, `${w.name}.yml`), w.playbook);
          return `${w.name}.yml`;
        });
        const syntax = spawnSync('ansible-playbook', ['-i', 'localhost,', '--syntax-check', ...files], {
          cwd: dir,
          encoding: 'utf8',
        });
        expect({ status: syntax.status, stderr: syntax.stderr }).toEqual({ status: 0, stderr: '' });
        const lint = spawnSync(
          'ansible-lint',
          ['--offline', '--nocolor', '--parseable', '--profile', 'production', ...files],
          { cwd: dir, encoding: 'utf8' },
        );
        expect({ status: lint.status, findings: lint.stdout }).toEqual({ status: 0, findings: '' });
        expect(lint.stderr).toContain(
          `Passed with production profile: 0 failure(s), 0 warning(s) on ${files.length} files.`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
