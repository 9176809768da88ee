/**
 * The Ansible playbook of a live DB2 copy (hot-backup mode, freeze, a consistency group taken by the DS
 * CLI): the whole playbook against a reviewed golden file, and runbook values written so that neither
 * YAML nor Ansible's templating reads them as anything but text.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan';
import { exampleFacts, runningApplication, runningDb2 } from '../test-support/facts';
import { writeAnsiblePlaybook } from './ansible-playbook';
import { jinjaWord } from './ansible-reads';
import { yamlComment, yamlDocument } from './yaml-text';

const meta = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0' };
const live = exampleFacts((f) => {
  f.consistency.approach = 'freeze-and-consistency-group';
  f.applications = [
    runningDb2({
      hotBackupStart: 'db2 set write suspend for database',
      hotBackupEnd: 'db2 set write resume for database',
    }),
  ];
});

describe('the Ansible playbook', () => {
  it('runs the plan on the AIX host with the DS CLI: preflight, steps, freeze window, undo (reviewed golden file)', async () => {
    await expect(
      writeAnsiblePlaybook(live, buildPlan(live), { ...meta, storage: 'cli' }),
    ).toMatchFileSnapshot('golden/playbook-live-db2.yml');
  });

  it('writes an owner command with quotes, braces and Jinja as text Ansible never templates', () => {
    const hostile = exampleFacts((f) => {
      f.consistency.approach = 'freeze-and-consistency-group';
      f.applications = [
        runningApplication('other', 'app', {
          owner: 'appadm',
          hotBackupStart: `appctl "quiesce" {{ lookup('pipe', 'id') }} # x: y`,
          hotBackupEnd: 'appctl resume \\ ü',
        }),
      ];
    });
    const playbook = writeAnsiblePlaybook(hostile, buildPlan(hostile), meta);
    const lines = playbook.split('\n');
    // The pause's prompt (folded after 90 characters) and the command run at "run", both tagged !unsafe.
    expect(lines.filter((l) => l.includes('lookup')).map((l) => l.trim())).toEqual([
      `prompt: !unsafe "WAIT: the application owner now does:\\n    appctl \\"quiesce\\" {{ lookup('pipe', 'id') }} #\\`,
      `- !unsafe "appctl \\"quiesce\\" {{ lookup('pipe', 'id') }} # x: y"`,
    ]);
    expect(playbook).toContain('- "appctl resume \\\\ \\u00FC"');
  });

  // Debian's ansible runs on the system Python (a python3 earlier on PATH may be another one).
  const python = '/usr/bin/python3';
  // Ansible's own YAML loader reads back exactly what was written, the braces as unsafe text (never templated).
  it.skipIf(spawnSync(python, ['-c', 'import ansible'], { encoding: 'utf8' }).status !== 0)(
    "reads back as the same strings with Ansible's YAML loader (skipped on a machine without ansible)",
    () => {
      const value = `a "b" {{ c }} # d: e \\ ü\u0085\u2028 ${'f'.repeat(120)} \u{1F600}`;
      const loader = [
        'import json, sys',
        'from ansible.parsing.yaml.loader import AnsibleLoader',
        'from ansible.utils.unsafe_proxy import AnsibleUnsafe',
        'data = AnsibleLoader(sys.stdin.read()).get_single_data()',
        'print(json.dumps([data["k"], isinstance(data["k"], AnsibleUnsafe), data["n"]]))',
      ].join('\n');
      const read = spawnSync(python, ['-c', loader], {
        input: yamlDocument([value], { k: value, n: 'plain' }),
        encoding: 'utf8',
      });
      expect({ stderr: read.stderr, data: JSON.parse(read.stdout) }).toEqual({
        stderr: '',
        data: [value, true, 'plain'],
      });
    },
  );

  it('folds long strings at a space and escapes what YAML would read otherwise', () => {
    expect(yamlDocument(['a\u2028b'], { k: `${'x'.repeat(95)} y\u0085 "q" \u{1F600}\t` })).toEqual(
      ['---', '# a b', `k: "${'x'.repeat(95)}\\`, '  \\ y\\u0085 \\"q\\" \\U0001F600\\t"', ''].join('\n'),
    );
    expect(yamlComment('line\nbreak')).toBe('# line break');
  });

  it('puts only AIX names and paths into its own Jinja expressions', () => {
    expect(jinjaWord('/data/db2')).toBe("'/data/db2'");
    expect(() => jinjaWord("x' + lookup('pipe','id') + '")).toThrow('not an AIX name or path');
  });
});
