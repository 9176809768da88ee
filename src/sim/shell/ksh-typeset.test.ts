import { describe, expect, test } from 'vitest';
import { justify } from './ksh-typeset';
import { fakeShell, typeLines } from './test-support/fake-world';

describe('typeset -L/-R/-Z fixed widths', () => {
  test('justify pads, truncates and zero-fills as ksh does', () => {
    expect([
      justify('L6', '  ab'),
      justify('L3', 'abcdef'),
      justify('R6', 'ab  '),
      justify('R3', 'abcdef'),
      justify('Z5', '42'),
      justify('RZ5', 'x2'),
      justify('LZ4', '007'),
    ]).toEqual(['ab    ', 'abc', '    ab', 'def', '00042', '   x2', '7   ']);
  });

  test('a report lines up its columns, in a script and at the prompt', async () => {
    const { shell } = fakeShell();
    const script = [
      'typeset -L10 fs',
      'typeset -R6 size',
      'for fs in /data /arch; do',
      `  size=\${#fs}`,
      `  print "[$fs][\${size}]"`,
      'done',
    ].join('\n');
    expect(await shell.runScript(script)).toEqual({
      stdout: '[/data     ][     5]\n[/arch     ][     5]\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await typeLines(shell, ['typeset -Z4 n=7', 'echo "$n"', 'n=123; echo $n'])).toBe(
      ['# typeset -Z4 n=7', '# echo "$n"', '0007', '# n=123; echo $n', '0123', ''].join('\n'),
    );
  });
});
