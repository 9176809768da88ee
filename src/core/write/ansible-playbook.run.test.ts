/**
 * The playbook run for real by ansible-playbook (connection local) on a host of stub AIX and DS CLI
 * commands (test-support/stub-host.ts): --check changes nothing; a storage failure inside the
 * consistency window thaws, ends the storage freeze and forgets the freeze; the rerun goes on from there
 * and brings the copy up. Skipped on a machine without ansible (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { exampleFacts } from '../test-support/facts';
import { type StubFault, type StubHost, stubHost } from '../test-support/stub-host';
import { writeAnsiblePlaybook } from './ansible-playbook';

const root = mkdtempSync(join(tmpdir(), 'vgcopy-playbook-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const facts = exampleFacts((f) => {
  f.consistency.approach = 'freeze-and-consistency-group';
});
const options = { generatedAt: '2026-11-25T13:00:00Z', version: '0.1.0', storage: 'cli' as const };
const { plan } = evaluate(facts, options);

/** The playbook on the stub host in `dir`: its state file there too. */
function run(dir: string, faults: StubFault[], args: string[] = []) {
  const host = stubHost(dir, facts, plan, faults);
  const file = join(dir, 'vgcopy.yml');
  writeFileSync(file, writeAnsiblePlaybook(facts, plan, { ...options, logDir: dir }));
  const result = spawnSync(
    'ansible-playbook',
    [
      ...['-i', 'localhost,', '-c', 'local', '-e', 'vgcopy_hosts=localhost'],
      ...['-e', 'ansible_python_interpreter=/usr/bin/python3'],
      ...['-e', `vgcopy_filesystems=${join(dir, 'filesystems')}`],
      ...args,
      file,
    ],
    {
      encoding: 'utf8',
      cwd: dir,
      env: { PATH: host.path, HOME: dir, LC_ALL: 'C.UTF-8', ANSIBLE_NOCOLOR: '1' },
      timeout: 120_000,
    },
  );
  return { status: result.status, output: result.stdout + result.stderr, host };
}

/**
 * The calls that change something: the host's reads (lsvg, lspv, mount without arguments, the preflight's
 * `command -v dscli`) and Ansible's own probes of the stubbed ssh and sleep left out.
 */
function changes(host: StubHost): string[] {
  const reads = [
    /^(lsvg|lspv|mount)( -o| -l \S+)?$/,
    /^sh -c command -v/,
    /^sleep 0$/,
    /^ssh -o ControlPersist$/,
  ];
  return host
    .calls()
    .map((call) => call.join(' '))
    .filter((call) => !reads.some((r) => r.test(call)));
}

function stateFile(dir: string): string[] | undefined {
  const file = join(dir, 'vgcopy-flashcopyvg-20261125130000.playbook.done');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : undefined;
}

const hasAnsible = spawnSync('ansible-playbook', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasAnsible)(
  'the playbook run by ansible-playbook on a stub host (skipped without ansible)',
  () => {
    it('changes nothing under --check, and checks the host', () => {
      const dir = join(root, 'check');
      const { status, output, host } = run(dir, [], ['--check']);
      expect({ status, changes: changes(host), state: stateFile(dir) }).toEqual({
        status: 0,
        changes: [],
        state: undefined,
      });
      expect(output).toContain(`TASK [Check: hdisk4 carries PVID ${facts.sourceVg.disks[0]?.pvid}]`);
    }, 180_000);

    it('thaws, ends the storage freeze and forgets the freeze when the copy fails in the window; the rerun brings the copy up', () => {
      const dir = join(root, 'fail');
      const failed = run(dir, [
        {
          command: 'dscli',
          call: 1,
          match: 'mkflash',
          status: 2,
          message: 'CMUN03042E mkflash: Copy Services operation failure',
        },
      ]);
      expect({ status: failed.status, changes: changes(failed.host), state: stateFile(dir) }).toEqual({
        status: 2,
        changes: [
          'cfgmgr',
          'sync',
          'chfs -a freeze=60 /data',
          'chfs -a freeze=60 /app',
          'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
          // The window's always: the thaw; then the rescue: the storage freeze ended.
          'chfs -a freeze=off /data',
          'chfs -a freeze=off /app',
          'dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
        ],
        // The freeze is forgotten and the thaw not recorded: the rerun freezes and thaws again.
        state: ['cfgmgr', 'check-target-disks'],
      });
      expect(failed.output).toContain(
        'A step failed: The copy was not taken in the consistency window: Run dscli mkflash',
      );
      const before = changes(failed.host).length;
      const rerun = run(dir, []);
      expect({
        status: rerun.status,
        changes: changes(rerun.host).slice(before),
        state: stateFile(dir),
      }).toEqual({
        status: 0,
        // cfgmgr is done; the copy is taken again inside a new freeze, and the copy brought up. varyonvg
        // is skipped: the stub host shows the VG varied on once recreatevg made it.
        changes: [
          'sync',
          'chfs -a freeze=60 /data',
          'chfs -a freeze=60 /app',
          'dscli mkflash -dev IBM.2107-75ABCD1 -freeze -record -persist -nocp 1000:1100 1001:1101 1002:1102',
          'dscli unfreezeflash -dev IBM.2107-75ABCD1 10',
          'chfs -a freeze=off /data',
          'chfs -a freeze=off /app',
          'recreatevg -y flashcopyvg -Y fc -L /fc hdisk10 hdisk11 hdisk12',
          'logredo /dev/fcloglv00',
          'logredo /dev/fcapplv',
          'fsck -y /fc/data',
          'fsck -y /fc/app',
          'mount /fc/data',
          'mount /fc/app',
        ],
        state: undefined,
      });
      expect(rerun.output).toContain('TASK [Remove the state file: the copy is up]');
    }, 300_000);
  },
);
