import { LangVariant, parse } from 'sh-syntax';
import { describe, expect, test } from 'vitest';
import { fakeShell, typeLines } from './test-support/fake-world';

describe('an interactive session keeps what a terminal keeps', () => {
  test('variables, functions, the directory and $? carry from line to line', async () => {
    const { shell } = fakeShell();
    const out = await typeLines(shell, [
      'VG=fcdatavg',
      'show() { echo "vg is $VG, arg $1"; }',
      'show one',
      'cd /tmp',
      'pwd',
      'false',
      'echo status $?',
      'set -o pipefail',
      'false | true',
      'echo status $?',
    ]);
    expect(out).toBe(
      [
        '# VG=fcdatavg',
        '# show() { echo "vg is $VG, arg $1"; }',
        '# show one',
        'vg is fcdatavg, arg one',
        '# cd /tmp',
        '# pwd',
        '/tmp',
        '# false',
        '[1]',
        '# echo status $?',
        'status 1',
        '# set -o pipefail',
        '# false | true',
        '[1]',
        '# echo status $?',
        'status 1',
        '',
      ].join('\n'),
    );
  });

  test('functions from a file read with . stay defined on the next lines', async () => {
    const { shell } = fakeShell();
    await shell.fileSystem.write('/tmp/lib.sh', 'LIBVG=fcvg\nshow_vg() { echo "lib says $LIBVG"; }\n');
    expect(await typeLines(shell, ['. /tmp/lib.sh', 'show_vg'])).toBe(
      ['# . /tmp/lib.sh', '# show_vg', 'lib says fcvg', ''].join('\n'),
    );
  });

  test('exit runs the EXIT trap and ends the session', async () => {
    const { shell } = fakeShell();
    const out = await typeLines(shell, ['trap \'echo "bye with $?"\' EXIT', 'trap', 'exit 3', 'echo more']);
    expect(out).toBe(
      [
        '# trap \'echo "bye with $?"\' EXIT',
        '# trap',
        'trap -- \'echo "bye with $?"\' EXIT',
        '# exit 3',
        'bye with 3',
        '[3]',
        '# echo more',
        'ksh: the shell has exited; open a new session to type more commands.',
        '[1]',
        '',
      ].join('\n'),
    );
    expect(shell.closed).toBe(true);
  });

  test('exit in a function run in a pipeline leaves that subshell only', async () => {
    const { shell } = fakeShell();
    const out = await typeLines(shell, ['quit() { echo bye; exit 4; }', 'quit | cat', 'echo still here']);
    expect(out).toBe(
      ['# quit() { echo bye; exit 4; }', '# quit | cat', 'bye', '# echo still here', 'still here', ''].join(
        '\n',
      ),
    );
    expect(shell.closed).toBe(false);
  });

  test('an unknown command and bad syntax get ksh messages naming the line', async () => {
    const { shell } = fakeShell();
    const out = await typeLines(shell, ['lsvpcfg', 'if then']);
    expect(out).toBe(
      [
        '# lsvpcfg',
        'ksh: lsvpcfg:  not found.',
        '[127]',
        '# if then',
        "ksh: syntax error near unexpected token `fi' (line 1, column 8)",
        '    if then',
        '           ^',
        '[2]',
        '',
      ].join('\n'),
    );
  });
});

describe('Korn-shell builtins just-bash lacks', () => {
  test('print: -n, -r, -u2, escapes and --', async () => {
    const { shell } = fakeShell();
    expect(
      await shell.run(
        'print "a\\tb"; print -r "a\\tb"; print -n no-newline; print -- -n; print -u2 to stderr',
      ),
    ).toEqual({
      stdout: 'a\tb\na\\tb\nno-newline-n\n',
      stderr: 'to stderr\n',
      exitCode: 0,
    });
    expect(await shell.run('print -u5 x')).toEqual({
      stdout: '',
      stderr: 'ksh: print: 5: bad file unit number\n',
      exitCode: 1,
    });
  });

  test('whence, integer and read name?prompt', async () => {
    const { shell } = fakeShell();
    expect(await shell.run('f() { :; }; whence f tick; integer n=3; n=n+1; echo $n')).toEqual({
      stdout: 'f\n/usr/bin/tick\n4\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await shell.run('echo yes | { read answer?"Continue? "; echo "got $answer"; }')).toEqual({
      stdout: 'got yes\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('grep with several -e patterns matches any of them, as AIX grep does', async () => {
    const { shell } = fakeShell();
    const r = await shell.run('printf "active\\nclosed\\nopen/syncd\\n" | grep -c -e active -e open');
    expect(r).toEqual({ stdout: '2\n', stderr: '', exitCode: 0 });
    expect(await shell.run('printf "a\\nb\\nc\\n" | grep -v -e a -e b')).toEqual({
      stdout: 'c\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('grep -p prints the paragraphs (stanzas) that match, as AIX grep does', async () => {
    const { shell } = fakeShell();
    await shell.fileSystem.write(
      '/tmp/fs',
      '/data:\n\tdev = /dev/datalv\n\n/arch:\n\tdev = /dev/archlv\n\n/u01:\n\tdev = /dev/u01lv\n',
    );
    expect(await shell.run('grep -p -e datalv -e U01 -i /tmp/fs')).toEqual({
      stdout: '/data:\n\tdev = /dev/datalv\n\n/u01:\n\tdev = /dev/u01lv\n\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await shell.run('cat /tmp/fs | grep -p arch')).toEqual({
      stdout: '/arch:\n\tdev = /dev/archlv\n\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await shell.run('grep -p x /tmp/nofile')).toEqual({
      stdout: '',
      stderr: 'grep: 0652-033 Cannot open /tmp/nofile.\n',
      exitCode: 2,
    });
  });

  test('echo interprets backslash escapes, as AIX echo does', async () => {
    const { shell } = fakeShell();
    expect(await shell.run('echo "vg:\\tdatavg"; echo "no newline\\c"; echo .')).toEqual({
      stdout: 'vg:\tdatavg\nno newline.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await shell.runScript('echo "a\\nb"')).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 0 });
  });

  test('the admin is root', async () => {
    const { shell } = fakeShell();
    expect(await shell.run('whoami; id; id -u; echo $$ $UID')).toEqual({
      stdout:
        'root\nuid=0(root) gid=0(system) groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)\n0\n20316 0\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('trap rejects an unknown condition', async () => {
    const { shell } = fakeShell();
    expect(await shell.run('trap "echo x" BOGUS')).toEqual({
      stdout: '',
      stderr: 'ksh: trap: BOGUS: bad trap\n',
      exitCode: 1,
    });
  });
});

describe('scripts and their EXIT trap', () => {
  test('the EXIT trap runs at the end of the script with its status', async () => {
    const { shell } = fakeShell();
    const r = await shell.runScript(
      'cleanup() { echo "cleanup rc=$1"; }\ntrap \'cleanup $?\' EXIT\necho working\n(exit 4)\n',
    );
    expect(r).toEqual({ stdout: 'working\ncleanup rc=4\n', stderr: '', exitCode: 4 });
  });

  test('under set -e an error runs the ERR trap, then the EXIT trap, with the script variables', async () => {
    const { shell } = fakeShell();
    const script = [
      'set -e',
      'LOG=/tmp/run.log',
      'trap \'echo "failed; see $LOG"\' ERR',
      'trap \'echo "exit trap rc=$?"\' EXIT',
      'echo step 1',
      'false',
      'echo step 2',
    ].join('\n');
    expect(await shell.runScript(script)).toEqual({
      stdout: 'step 1\nfailed; see /tmp/run.log\nexit trap rc=1\n',
      stderr: '',
      exitCode: 1,
    });
  });

  test('exit in a subshell leaves the subshell only and runs no trap', async () => {
    const { shell } = fakeShell();
    const r = await shell.runScript("trap 'echo trap' EXIT\n( exit 2 )\necho after $?\nexit 0\n");
    expect(r).toEqual({ stdout: 'after 2\ntrap\n', stderr: '', exitCode: 0 });
  });

  test('ksh FILE ARGS, sh FILE, ./FILE after chmod +x, and commands named by path', async () => {
    const { shell } = fakeShell();
    await shell.fileSystem.write(
      '/tmp/s.sh',
      'echo "$0 got $# args: $*"\ntrap "echo trapped" EXIT\nexit 3\n',
    );
    const out = await typeLines(shell, [
      'ksh /tmp/s.sh a "b c"; echo rc=$?',
      'cd /tmp; sh s.sh',
      './s.sh',
      'chmod +x s.sh; ./s.sh x',
      '/usr/sbin/args one two',
      'ksh /tmp/missing.sh',
      './missing',
    ]);
    expect(out).toBe(
      [
        '# ksh /tmp/s.sh a "b c"; echo rc=$?',
        '/tmp/s.sh got 2 args: a b c',
        'trapped',
        'rc=3',
        '# cd /tmp; sh s.sh',
        's.sh got 0 args: ',
        'trapped',
        '[3]',
        '# ./s.sh',
        'ksh: ./s.sh: 0403-006 Execute permission denied.',
        '[126]',
        '# chmod +x s.sh; ./s.sh x',
        './s.sh got 1 args: x',
        'trapped',
        '[3]',
        '# /usr/sbin/args one two',
        '2:one|two stdin=""',
        '# ksh /tmp/missing.sh',
        'ksh: /tmp/missing.sh: 0403-016 Cannot find or open the file.',
        '[127]',
        '# ./missing',
        'ksh: ./missing:  not found.',
        '[127]',
        '',
      ].join('\n'),
    );
  });

  test('a script that does not parse names its line and runs nothing', async () => {
    const { shell, world } = fakeShell();
    const r = await shell.runScript('tick 5\nif [ -d /tmp ]; then\n  echo x\nfii\n', { name: 'refresh.sh' });
    expect(r).toEqual({
      stdout: '',
      stderr: 'ksh: refresh.sh[5]: syntax error: Expected FI, got EOF (line 5, column 1)\n    \n    ^\n',
      exitCode: 2,
    });
    expect(world.seconds).toBe(0);
  });
});

describe('the world and the file system', () => {
  test('commands get stdin and the world; /etc/filesystems follows the world', async () => {
    const { shell, world } = fakeShell();
    const out = await typeLines(shell, [
      'echo hello | args -x',
      'head -1 /etc/filesystems',
      'rename-fs /fs/data; head -1 /etc/filesystems',
    ]);
    expect(out).toBe(
      [
        '# echo hello | args -x',
        '1:-x stdin="hello\\n"',
        '# head -1 /etc/filesystems',
        '/data:',
        '# rename-fs /fs/data; head -1 /etc/filesystems',
        '/fs/data:',
        '',
      ].join('\n'),
    );
    await shell.run("sed -i 's#/fs/data:#/data2:#' /etc/filesystems");
    expect(world.filesystems).toBe('/data2:\n\tdev = /dev/fslv00\n');
  });

  test('saveState and restoreState bring back variables, functions and files', async () => {
    const { shell } = fakeShell();
    await typeLines(shell, ['A=1', 'f() { echo "f $A"; }', 'echo kept > /tmp/note']);
    const saved = await shell.saveState();
    await typeLines(shell, ['A=2', 'rm /tmp/note', 'exit']);
    await shell.restoreState(saved);
    expect(await shell.run('f; cat /tmp/note')).toEqual({ stdout: 'f 1\nkept\n', stderr: '', exitCode: 0 });
  });
});

describe('syntax errors, told apart with a real Korn-shell parser (mksh mode)', () => {
  const kshParse = (text: string) => parse(text, { variant: LangVariant.LangMirBSDKorn });

  test('an unclosed if names the line of the if', async () => {
    const { shell } = fakeShell({ kshParse });
    expect(await shell.runScript('echo a\n  if true; then\n    echo x\n', { name: 'refresh.sh' })).toEqual({
      stdout: '',
      stderr:
        "ksh: refresh.sh[2]: syntax error: 'if' statement must end with 'fi' (line 2, column 3)\n      if true; then\n      ^\n",
      exitCode: 2,
    });
  });

  test("valid ksh the simulator cannot run is said to be the simulator's gap", async () => {
    const { shell } = fakeShell({ kshParse });
    expect(await shell.run('ksh -n /dev/null; select x in a b; do break; done')).toEqual({
      stdout: '',
      stderr:
        "ksh: the simulator's shell does not understand this ksh syntax: syntax error near unexpected token `select' (line 1, column 19)\n    ksh -n /dev/null; select x in a b; do break; done\n                      ^\n",
      exitCode: 2,
    });
  });

  test('ksh -n checks a script without running it', async () => {
    const { shell } = fakeShell({ kshParse });
    await shell.fileSystem.write('/tmp/bad.sh', 'for f in a b; do\n  echo $f\n');
    expect(await shell.run('ksh -n /tmp/bad.sh')).toEqual({
      stdout: '',
      stderr:
        "ksh: /tmp/bad.sh[1]: syntax error: 'for' statement must end with 'done' (line 1, column 1)\n    for f in a b; do\n    ^\n",
      exitCode: 2,
    });
  });
});
