import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFacts } from '../core/test-support/facts';

const why = '         why: The value does not have the form vgcopy expects, so no check or plan can use it.';

describe('npm run plan with hostile facts', () => {
  it('refuses a line break in the hostname, a command in a disk name and an ssh option as the SVC host, naming each field; no script is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgcopy-plan-hostile-'));
    const facts = join(dir, 'facts.json');
    const script = join(dir, 'vgcopy.ksh');
    writeFileSync(
      facts,
      JSON.stringify(
        exampleFacts((f) => {
          f.hostname = 'aixprod01\ntouch /tmp/x';
          f.sourceVg.disks[0].name = 'hdisk4$(reboot)';
          if (f.storage) f.storage.svcHost = '-oProxyCommand=touch /tmp/x';
        }),
      ),
    );
    // What `npm run plan -- --facts F --script OUT` runs.
    const run = spawnSync(
      'node',
      ['--import', 'tsx', 'src/cli/plan.ts', '--facts', facts, '--script', script],
      {
        encoding: 'utf8',
      },
    );
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: [
        'Checks: 3 blocker(s), 0 warning(s), 0 advice.',
        '',
        'BLOCKER  facts-schema: Host name: "aixprod01\\ntouch /tmp/x" is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01.',
        why,
        '         fix: Enter or correct it on Start. (wizard page: start, field: hostname)',
        '',
        'BLOCKER  facts-schema: Source VG disk 1 name: "hdisk4$(reboot)" is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3.',
        why,
        '         fix: Enter or correct it on Start. (wizard page: start, field: sourceVg.disks.0.name)',
        '',
        'BLOCKER  facts-schema: Storage SVC host: "-oProxyCommand=touch /tmp/x" is not an ssh destination: the host "-oProxyCommand=touch /tmp/x" is not a host name or IP address; enter user@host, e.g. superuser@svc01.',
        why,
        '         fix: Enter or correct it on Phase 1 · Configure LUNs. (wizard page: phase1, field: storage.svcHost)',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(existsSync(script)).toBe(false);
  }, 30_000);
});
