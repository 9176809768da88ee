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

/** The grade's lines of the traps an attempt did not fall into. */
const TRAPS_KEPT = [
  'pass 15/15  No cfgmgr on the copy while the source VG is varied on: cfgmgr never met a duplicate PVID of a varied-on VG.',
  'pass 15/15  No file system of an inconsistent copy mounted before fsck passed on it: No file system of the copy was mounted while its log disagreed with it.',
  'pass 15/15  No damaged copy is mounted or kept: No file system with damaged data was mounted or left varied on.',
  'pass 15/15  No file system is left frozen: Every frozen file system was thawed.',
  "pass 15/15  No freeze timed out before the copy's start: Every freeze was ended by chfs -a freeze=off, none by its timeout.",
  'pass 15/15  Production given back at once when the copy failed: No copy command failed while production was held.',
  'pass 15/15  No chdev -a pv=clear: No PVID was cleared.',
];

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

  it('--grade plays an attempt from stdin, @storage lines on the storage console, and prints each graded item', () => {
    const missedMount =
      'Mount every file system of the copy at the mount point the goal names (recreatevg puts them under its -L prefix, /fs by default; importvg keeps the source’s), after logredo and fsck where the consistency rules ask for them.';
    expect(
      sim(
        ['--scenario', 'first-flashcopy', '--grade'],
        'lsvg -o\n@storage lsflash -dev IBM.2107-75ABCD1 1000-1001\n',
      ),
    ).toEqual({
      stdout: [
        '# lsvg -o',
        'datavg',
        'rootvg',
        'dscli> lsflash -dev IBM.2107-75ABCD1 1000-1001',
        'Date/Time: July 14, 2025 10:00:00 AM UTC IBM DSCLI Version: 7.9.50.64 DS: IBM.2107-75ABCD1',
        'CMUC00234I lsflash: No Flash Copy found.',
        '',
        'Graded against the goal of first-flashcopy: Bring up a FlashCopy of datavg on this host as flashcopyvg, varied on, with its file systems mounted under /fs, leaving datavg and its file systems as they were.',
        'MISS  0/20  The copy VG flashcopyvg is varied on: There is no VG named flashcopyvg at the end.',
        '            To learn: Phase 2 ends with the copy VG varied on: recreatevg -y <name> with every disk of the copy, or importvg -y <name> with one of its disks when no other copy of the VG (the source included) is known on the host.',
        'MISS  0/10  /fs/data of the copy is mounted: flashcopyvg has no file system at /fs/data at the end.',
        `            To learn: ${missedMount}`,
        'MISS  0/10  /fs/arch of the copy is mounted: flashcopyvg has no file system at /fs/arch at the end.',
        `            To learn: ${missedMount}`,
        'MISS  0/20  The copy flashcopyvg can be used: There is no VG named flashcopyvg at the end.',
        '            To learn: Any fsck error means the copy must not be used, repaired or not: fsck -y fixes the metadata, not the data the application wrote. logredo failing on log wrap means the same (the source’s log must be made larger). Unmount, varyoffvg and exportvg the copy VG and take the copy again, every LUN at one instant (unmount, or freeze/thaw with a consistency group).',
        'pass 20/20  The source VG datavg is left as it was: datavg and its file systems are as they were at the start.',
        ...TRAPS_KEPT,
        'pass 10/10  No chdev -a pv=yes before recreatevg: PVIDs were left to recreatevg.',
        'Score 69/100 · failed',
        '',
      ].join('\n'),
      stderr: '',
      status: 1,
    });
  });

  it('--grade exits 0 when the attempt passes: the Metro Mirror DR test, the storage part on its console', () => {
    const attempt = [
      '@storage freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      '@storage unfreezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20',
      '@storage failoverpprc -dev IBM.2107-75WXYZ1 -remotedev IBM.2107-75ABCD1 -type mmir 2000:1000 2001:1001',
      'importvg -y datavg hdisk1',
      'fsck -y /data /arch',
      'mount /data',
      'mount /arch',
    ];
    const run = sim(['--scenario', 'metro-mirror-dr', '--grade'], `${attempt.join('\n')}\n`);
    expect({ ...run, stdout: run.stdout.slice(run.stdout.indexOf('\nGraded against')) }).toEqual({
      stdout: [
        '',
        'Graded against the goal of metro-mirror-dr: On aixdr01, bring up datavg from the Metro Mirror secondaries, varied on, with /data and /arch mounted.',
        'pass 20/20  The copy VG datavg is varied on: datavg is defined and varied on.',
        'pass 10/10  /data of the copy is mounted: /data is mounted.',
        'pass 10/10  /arch of the copy is mounted: /arch is mounted.',
        "pass 20/20  The copy datavg can be used: datavg's file systems are consistent, fsck found no error on them, their data is undamaged.",
        'pass 20/20  The source VG datavg is left as it was: datavg and its file systems are as they were at the start.',
        ...TRAPS_KEPT,
        'Score 100/100 · passed',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
    expect(
      run.stdout.startsWith('dscli> freezepprc -dev IBM.2107-75ABCD1 -remotedev IBM.2107-75WXYZ1 10:20\n'),
    ).toBe(true);
  });

  it('says what is wrong with the command line', () => {
    const usage =
      'Usage: npm run sim -- --scenario FILE|NAME [--put LOCAL:REMOTE]... [--fail COMMAND[:N[:KIND]]]...\n' +
      '                      [--kill-at K] [--state] [--list] [--grade] [SCRIPT [-- ARGS...]]\n';
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
