import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fakeShell } from './test-support/fake-world';

/** Each script, and what ksh prints for it (checked against the system ksh when it is installed). */
const SCRIPTS: [string, string, string][] = [
  [
    '"$@" as the command word runs $1 with the rest as arguments',
    'f() { "$@"; }; f echo a b; f; echo "status $?"',
    'a b\nstatus 0\n',
  ],
  [
    '"$@" runs a function too, and keeps arguments with spaces whole',
    'g() { echo "[$1] [$2]"; }; f() { "$@" end; }; f g "x y"',
    '[x y] [end]\n',
  ],
  [
    'a double-quoted * in a case pattern is literal',
    'for w in x "*x"; do case $w in "*"*) echo star;; *) echo other;; esac; done',
    'other\nstar\n',
  ],
  [
    'a backslash-escaped * in a case pattern is literal',
    'for w in x "*x"; do case $w in \\**) echo star;; *) echo other;; esac; done',
    'other\nstar\n',
  ],
  [
    'a quoted variable in a pattern is literal, an unquoted one a pattern',
    'p="*"; case x in "$p") echo lit;; $p) echo pat;; esac',
    'pat\n',
  ],
  [
    'quoted ?, [ and backslash in a case pattern are literal',
    String.raw`for w in 'a?' ab 'a[b' 'a\b' ax; do case $w in a"?") echo "$w q";; a'['*) echo "$w br";; a"\\"*) printf '%s\n' "$w bs";; a*) echo "$w other";; esac; done`,
    String.raw`a? q
ab other
a[b br
a\b bs
ax other
`,
  ],
  [
    '[!a] in a case pattern matches anything but a',
    'for w in a b bc; do case $w in [!a]) echo "$w one";; [!a]*) echo "$w more";; *) echo "$w no";; esac; done',
    'a no\nb one\nbc more\n',
  ],
  [
    '[[ == ]] reads [!a] and quoted characters as ksh does',
    '[[ b == [!a] ]] && echo b; [[ a == [!a] ]] || echo a; [[ x != "*" ]] && echo x; [[ "*" == \\* ]] && echo star',
    'b\na\nx\nstar\n',
  ],
];

describe('ksh words and patterns just-bash reads differently', () => {
  test.each(SCRIPTS)('%s', async (_title, script, stdout) => {
    const { shell } = fakeShell();
    const result = await shell.run(script);
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout,
      stderr: '',
      exitCode: 0,
    });
  });

  test.skipIf(!existsSync('/usr/bin/ksh')).each(SCRIPTS)(
    'the system ksh agrees: %s',
    (_title, script, stdout) => {
      expect(execFileSync('/usr/bin/ksh', ['-c', script], { encoding: 'utf8' })).toBe(stdout);
    },
  );
});
