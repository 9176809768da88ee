import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld, listScenarios, worldState } from '../sim/index';

/** Runs `npm run sim -- ARGS` (the same entry, without npm's banner) with `input` on stdin. */
function sim(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const REFRESH = [
  '#!/usr/bin/ksh',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ksh's ${1:?message}, not a JavaScript template
  'VG=${1:?usage: refresh.sh VG}',
  'print "refreshing $VG"',
  'lsvg -o',
  'varyonvg nosuchvg',
  'print -u2 "varyonvg failed with $?"',
  'exit 3',
  '',
].join('\n');

describe('npm run sim', () => {
  it('--list lists the built-in scenarios, one line each', () => {
    const expected = listScenarios()
      .map((s) => `${s.name.padEnd(22)} ${s.description}\n`)
      .join('');
    expect(sim(['--list'])).toEqual({ stdout: expected, stderr: '', status: 0 });
  });

  it('without a script, runs the lines of stdin as typed at the # prompt', () => {
    const typed = [
      'lsvg -o',
      'if lsvg -o | grep -q datavg; then',
      'echo datavg is on',
      'fi',
      'varyonvg nosuchvg',
    ].join('\n');
    expect(sim(['--scenario', 'first-flashcopy'], `${typed}\n`)).toEqual({
      stdout: [
        '# lsvg -o',
        'datavg',
        'rootvg',
        '# if lsvg -o | grep -q datavg; then',
        '> echo datavg is on',
        '> fi',
        'datavg is on',
        '# varyonvg nosuchvg',
        '0516-306 getlvodm: Unable to find volume group nosuchvg in the Device',
        '\tConfiguration Database.',
        '0516-952 varyonvg: Unable to vary on volume group nosuchvg.',
        '',
      ].join('\n'),
      stderr: '',
      status: 1,
    });
  });

  it('runs a script with its arguments, in order, and exits with its status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const script = join(dir, 'refresh.sh');
    writeFileSync(script, REFRESH);
    expect(sim(['--scenario', 'first-flashcopy', script, '--', 'fcdatavg'])).toEqual({
      stdout: [
        'refreshing fcdatavg',
        'datavg',
        'rootvg',
        '0516-306 getlvodm: Unable to find volume group nosuchvg in the Device',
        '\tConfiguration Database.',
        '0516-952 varyonvg: Unable to vary on volume group nosuchvg.',
        'varyonvg failed with 1',
        '',
      ].join('\n'),
      stderr: '',
      status: 3,
    });
    expect(sim(['--scenario', 'first-flashcopy', script])).toEqual({
      stdout: 'ksh: usage: refresh.sh VG\n',
      stderr: '',
      status: 1,
    });
  });

  it('a script with a syntax error runs nothing and names the line of the open construct', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const script = join(dir, 'broken.sh');
    writeFileSync(script, 'cfgmgr\nwhile true; do\n  lspv\n');
    expect(sim(['--scenario', 'first-flashcopy', script])).toEqual({
      stdout: `ksh: ${script}[2]: syntax error: 'while' statement must end with 'done' (line 2, column 1)\n    while true; do\n    ^\n`,
      stderr: '',
      status: 2,
    });
  });

  it('--put copies a file in; ksh FILE and ./FILE run it there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const script = join(dir, 'hello.sh');
    writeFileSync(script, 'print "hello $1 from $0"\n');
    const typed = 'ksh /home/hello.sh admin\ncd /home; chmod +x hello.sh; ./hello.sh again\n';
    expect(sim(['--scenario', 'first-flashcopy', '--put', `${script}:/home/hello.sh`], typed)).toEqual({
      stdout: [
        '# ksh /home/hello.sh admin',
        'hello admin from /home/hello.sh',
        '# cd /home; chmod +x hello.sh; ./hello.sh again',
        'hello again from ./hello.sh',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('--state prints the final state as JSON', async () => {
    const result = sim(['--scenario', 'first-flashcopy', '--state'], 'true\n');
    const expected = worldState(await createWorld('first-flashcopy'));
    expect(result.stdout).toBe(`# true\n${JSON.stringify(expected, null, 2)}\n`);
    expect(result.status).toBe(0);
  });

  it('--fail makes the n-th call fail as on AIX, and says so after the command', () => {
    expect(
      sim(['--scenario', 'first-flashcopy', '--fail', 'varyonvg:2'], 'varyonvg datavg\nvaryonvg datavg\n'),
    ).toEqual({
      stdout: [
        '# varyonvg datavg',
        '# varyonvg datavg',
        '0516-013 varyonvg: The volume group cannot be varied on because',
        '\tthere are no good copies of the descriptor area.',
        '0516-952 varyonvg: Unable to vary on volume group datavg.',
        '[simulator] injected fault fired at varyonvg (call 2, no-good-vgda): varyonvg datavg',
        '',
      ].join('\n'),
      stderr: '',
      status: 1,
    });
  });

  it('--kill-at K sends SIGTERM before the K-th command: the TERM trap, then the EXIT trap, run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const script = join(dir, 'run.ksh');
    const lines = ['on_signal() {', '  print interrupted', '  exit 6', '}', 'trap \'print "exit $?"\' EXIT'];
    writeFileSync(script, [...lines, 'trap on_signal TERM', 'print one', 'print two', ''].join('\n'));
    expect(sim(['--scenario', 'first-flashcopy', '--kill-at', '5', script])).toEqual({
      stdout: 'one\n[simulator] injected kill -TERM before step 5 (line 8)\ninterrupted\nexit 6\n',
      stderr: '',
      status: 6,
    });
    // Without a TERM trap the script dies of the signal: status 143, no trap runs.
    writeFileSync(script, [...lines, 'print one', 'print two', ''].join('\n'));
    expect(sim(['--scenario', 'first-flashcopy', '--kill-at', '4', script])).toEqual({
      stdout: 'one\n[simulator] injected kill -TERM before step 4 (line 7)\n',
      stderr: '',
      status: 143,
    });
  });

  it('says what is wrong with the command line', () => {
    const usage =
      'Usage: npm run sim -- --scenario FILE|NAME [--put LOCAL:REMOTE]... [--fail COMMAND[:N[:KIND]]]...\n' +
      '                      [--kill-at K] [--state] [--list] [SCRIPT [-- ARGS...]]\n';
    const names = listScenarios()
      .map((s) => s.name)
      .join(', ');
    expect(sim(['--scenario', 'nosuch'])).toEqual({
      stdout: '',
      stderr: `sim: no scenario file or built-in scenario named "nosuch"; built-in: ${names}\n${usage}`,
      status: 2,
    });
    expect(sim(['--put', 'x'])).toEqual({
      stdout: '',
      stderr: `sim: --put takes LOCAL:REMOTE, not "x"\n${usage}`,
      status: 2,
    });
    expect(sim([])).toEqual({ stdout: '', stderr: `sim: --scenario is required\n${usage}`, status: 2 });
  });
});
