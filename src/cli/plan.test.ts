import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeStubHost } from '../core/parse/test-support/stub-host';
import { exampleFacts } from '../core/test-support/facts';
import { retireFacts } from '../core/test-support/retire';
import { type PlanIo, runPlan } from './plan';

/** Runs the command line with captured output and files, at a fixed time. */
async function plan(argv: string[]) {
  const io = { stdout: '', stderr: '', files: {} as Record<string, string> };
  const planIo: PlanIo = {
    out: (t) => {
      io.stdout += t;
    },
    err: (t) => {
      io.stderr += t;
    },
    writeFile: (p, t) => {
      io.files[p] = t;
    },
    now: () => new Date('2026-11-25T13:00:00Z'),
    version: '0.1.0',
  };
  const code = await runPlan(argv, planIo);
  return { code, ...io };
}

const dir = mkdtempSync(join(tmpdir(), 'vgcopy-plan-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const access =
  'Access: recreatevg: the source VG datavg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.\n';

describe('npm run plan', () => {
  it('prints the checks, writes every output and exits 0 when nothing blocks', async () => {
    const facts = file('facts.json', exampleFacts());
    const run = await plan([
      '--facts',
      facts,
      '--script',
      'o.ksh',
      '--storage-script',
      'o.txt',
      '--checklist',
      'o.md',
      '--html',
      'o.html',
      '--ansible',
      'o.yml',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'Checks: nothing to report.\n',
        `\n${access}`,
        'Wrote the script to o.ksh\n',
        'Wrote the storage script to o.txt\n',
        'Wrote the checklist to o.md\n',
        'Wrote the checklist page to o.html\n',
        'Wrote the Ansible playbook to o.yml\n',
        '\nPlan: 12 steps.\n',
      ].join(''),
    );
    expect(Object.keys(run.files)).toEqual(['o.ksh', 'o.txt', 'o.md', 'o.html', 'o.yml']);
    expect(run.files['o.ksh']).toContain('# generated 2026-11-25T13:00:00.000Z for host aixprod01');
    expect(run.files['o.yml']).toContain('# generated 2026-11-25T13:00:00.000Z for host aixprod01');
  });

  it('plans a retire: the copy removed, seven steps, the script named for the copy', async () => {
    const run = await plan(['--facts', file('retire.json', retireFacts()), '--script', 'r.ksh']);
    expect([run.code, run.stderr, run.stdout]).toEqual([
      0,
      '',
      [
        'Checks: nothing to report.\n',
        '\nAccess: a retire brings up no copy: it removes flashcopyvg; until its disks are removed, importvg -y flashcopyvg hdisk10 brings it back.\n',
        'Wrote the script to r.ksh\n',
        '\nPlan: 7 steps.\n',
      ].join(''),
    ]);
    expect(run.files['r.ksh']?.split('\n').slice(0, 3)).toEqual([
      '#!/usr/bin/ksh',
      '# vgcopy 0.1.0: retire the copy flashcopyvg of volume group datavg',
      '# generated 2026-11-25T13:00:00.000Z for host aixprod01',
    ]);
  });

  it('refuses to plan a retire of the source VG: exit 1, no script', async () => {
    const facts = retireFacts((f) => {
      f.existingCopy!.vgName = 'datavg';
      f.newVg.name = 'datavg';
    });
    const run = await plan(['--facts', file('retire-source.json', facts), '--script', 'r.ksh']);
    expect([run.code, run.files]).toEqual([1, {}]);
    expect(run.stdout).toContain('BLOCKER');
  });

  it('exits 1 on a blocker and writes no script', async () => {
    const facts = file(
      'blocked.json',
      exampleFacts((f) => void Object.assign(f.newVg, { name: 'datavg' })),
    );
    const run = await plan(['--facts', facts, '--script', 'o.ksh']);
    expect(run).toEqual({
      code: 1,
      stderr: '',
      files: {},
      stdout: [
        'Checks: 1 blocker(s), 0 warning(s), 0 advice.',
        '',
        "BLOCKER  vg-name-in-odm: The copy's VG name datavg is already in the ODM of this host.",
        '         why: A VG name already defined in the ODM cannot be defined again: recreatevg or importvg stops with "The device name is already used".',
        '         fix: Choose another VG name for the copy (e.g. the source name with a prefix such as fc). (wizard page: phase2, field: newVg.name)',
        '',
        access.trimEnd(),
        '',
        'A blocker stops the plan: fix it and run again. No script was written.',
        '',
      ].join('\n'),
    });
  });

  it('points at the field of a value that does not fit the schema, exit 2', async () => {
    const facts = file('schema.json', { ...exampleFacts(), mode: 'sometimes' });
    const run = await plan(['--facts', facts]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      [
        'BLOCKER  facts-schema: Mode: Invalid option: expected one of "first"|"refresh"|"retire".',
        '         why: The value does not have the form vgcopy expects, so no check or plan can use it.',
        '         fix: Enter or correct it on Phase 1 · Configure LUNs. (wizard page: phase1, field: mode)',
      ].join('\n'),
    );
  });

  it('says what is wrong with the arguments or the files', async () => {
    expect(await plan([])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: say where the facts come from/),
    });
    expect(await plan(['--facts', 'a.json', '--scenario', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: --scenario takes its facts from the scenario: drop --facts/),
    });
    expect(await plan(['--facts', join(dir, 'missing.json')])).toMatchObject({
      code: 2,
      stderr: `plan: cannot read ${join(dir, 'missing.json')}: ENOENT\n`,
    });
    expect(await plan(['--facts', file('broken.json', '{"mode": ')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/is not JSON: /),
    });
    expect(await plan(['--facts', 'f.json', '--storage', 'maybe'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: --storage is pause or cli, not "maybe"/),
    });
  });

  it('plans from the collector’s output (run on a stand-in host) with the storage admin’s overrides', async () => {
    const { bin, filesystems } = makeStubHost();
    const collector = new URL('../../public/vgcopy-collect.sh', import.meta.url).pathname;
    const collected = spawnSync('ksh', [collector, 'datavg'], {
      encoding: 'utf8',
      env: { PATH: `${bin}:/usr/bin:/bin`, VGCOPY_FILESYSTEMS: filesystems },
    }).stdout;
    const overrides = {
      newVg: { name: 'fcdatavg', lvPrefix: 'fc', mountPrefix: '/fc' },
      targets: {
        configuredBeforeCopy: true,
        luns: [
          { name: 'hdisk4', sourceDisk: 'hdisk2', storageVolume: '1100', sourceStorageVolume: '1000' },
          { name: 'hdisk5', sourceDisk: 'hdisk3', storageVolume: '1101', sourceStorageVolume: '1001' },
        ],
      },
      storage: { storageImage: 'IBM.2107-75ABCD1' },
    };
    const planCollected = () =>
      plan([
        '--collected',
        file('collected.txt', collected),
        '--facts',
        file('over.json', overrides),
        '--script',
        's.ksh',
      ]);
    // The host's output does not say whether production may be unmounted: without the answer, no script.
    const unanswered = await planCollected();
    expect([unanswered.code, unanswered.stdout, unanswered.stderr, unanswered.files['s.ksh']]).toEqual([
      1,
      [
        'Checks: 1 blocker(s), 0 warning(s), 0 advice.',
        '',
        'BLOCKER  question-unanswered: Not answered: “Can the file systems be unmounted while the copy is taken?”',
        '         why: The answer decides what the script does to production (unmount, freeze, stop the application); vgcopy never assumes it.',
        '         fix: Answer it on the Consistency page. (wizard page: consistency, field: consistency.canUnmount)',
        '',
        'Access: recreatevg: the source VG datavg is known on this host with the same VG id and PVIDs; recreatevg gives the copy new PVIDs, a new VG id and prefixed LV names and mount points, and loads the ODM itself.',
        '',
        'A blocker stops the plan: fix it and run again. No script was written.',
        '',
      ].join('\n'),
      '',
      undefined,
    ]);
    // The admin's answer, given with the overrides.
    Object.assign(overrides, { consistency: { approach: 'unmount' } });
    const run = await planCollected();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Checks: nothing to report.');
    expect(run.files['s.ksh']).toContain("run recreatevg -y 'fcdatavg' -Y 'fc' -L '/fc' 'hdisk4' 'hdisk5'");
  });

  it('refuses --scenario while the simulator is not wired in', async () => {
    expect(await plan(['--scenario', 'first-flashcopy'])).toMatchObject({
      code: 2,
      stderr: 'plan: the simulator is not available in this build: --scenario and --rehearse cannot run\n',
    });
  });
});
