import { describe, expect, test } from 'vitest';
import { ScriptRun } from './script-run';
import type { TerminalAnswer } from './terminal-read';
import { fakeShell } from './test-support/fake-world';

/** A terminal where a person answers each wait in turn; it notes what the script had shown at each. */
function personAnswering(...answers: TerminalAnswer[]) {
  const shownAtWaits: { stdout: string; stderr: string }[] = [];
  return {
    shownAtWaits,
    read: async (written: { stdout: string; stderr: string }) => {
      shownAtWaits.push(written);
      const answer = answers.shift();
      if (!answer) throw new Error('the script waited more often than the person answered');
      return answer;
    },
  };
}

const PAUSE = [
  'trap \'echo "interrupted"; exit 6\' INT',
  'ask() {',
  "  typeset answer=''",
  '  echo "WAIT: the storage admin now does: mkflash 1000:1100"',
  '  echo "a warning" >&2',
  '  while :; do',
  '    printf "Type done when the storage admin has finished, or stop: "',
  '    if ! read -r answer; then echo "no confirmation (input closed)"; return 4; fi',
  '    case $answer in done) echo confirmed; return 0 ;; stop) return 5 ;; esac',
  '  done',
  '}',
  'ask',
  'printf "a b\\nc d\\n" | while read -r x y; do echo "piped: $x/$y"; done',
].join('\n');

async function stepped(script: string, person: ReturnType<typeof personAnswering>) {
  const { shell } = fakeShell();
  const run = shell.startScript(script, { name: 'vgcopy.ksh', terminal: person });
  if (!(run instanceof ScriptRun)) throw new Error(run.error);
  const steps = [];
  for (let step = await run.step(); step; step = await run.step()) steps.push(step);
  return { steps, run };
}

describe("a script's read waits at the terminal for a person's line", () => {
  test('the wait shows what the script printed so far; a line that is not the answer asks again; pipes still read as ever', async () => {
    const person = personAnswering({ kind: 'line', line: 'later' }, { kind: 'line', line: '  done  ' });
    const { steps } = await stepped(PAUSE, person);
    expect(person.shownAtWaits).toEqual([
      {
        stdout:
          'WAIT: the storage admin now does: mkflash 1000:1100\nType done when the storage admin has finished, or stop: ',
        stderr: 'a warning\n',
      },
      { stdout: 'Type done when the storage admin has finished, or stop: ', stderr: '' },
    ]);
    expect(steps.map((s) => [s.command.split('\n')[0], s.result])).toEqual([
      ['trap \'echo "interrupted"; exit 6\' INT', { stdout: '', stderr: '', exitCode: 0 }],
      ['ask() {', { stdout: '', stderr: '', exitCode: 0 }],
      [
        'ask',
        {
          stdout:
            'WAIT: the storage admin now does: mkflash 1000:1100\n' +
            'Type done when the storage admin has finished, or stop: ' +
            'Type done when the storage admin has finished, or stop: confirmed\n',
          stderr: 'a warning\n',
          exitCode: 0,
        },
      ],
      [
        'printf "a b\\nc d\\n" | while read -r x y; do echo "piped: $x/$y"; done',
        { stdout: 'piped: a/b\npiped: c/d\n', stderr: '', exitCode: 0 },
      ],
    ]);
  });

  test('end of input fails the read, as ksh reading a closed terminal', async () => {
    const person = personAnswering({ kind: 'end' });
    const { steps } = await stepped(PAUSE, person);
    expect(steps[2].result).toEqual({
      stdout:
        'WAIT: the storage admin now does: mkflash 1000:1100\n' +
        'Type done when the storage admin has finished, or stop: no confirmation (input closed)\n',
      stderr: 'a warning\n',
      exitCode: 4,
    });
  });

  test('Ctrl-C at the wait runs the INT trap, which ends the script', async () => {
    const person = personAnswering({ kind: 'interrupt' });
    const { steps, run } = await stepped(PAUSE, person);
    expect(steps.map((s) => s.result.exitCode)).toEqual([0, 0, 6]);
    expect(steps[2].result.stdout.endsWith('or stop: interrupted\n')).toBe(true);
    expect(run.nextLine()).toBeNull();
  });

  test('Ctrl-C without an INT trap ends the script with status 130 after its EXIT trap', async () => {
    const person = personAnswering({ kind: 'interrupt' });
    const script = ['trap \'echo "exit trap rc=$?"\' EXIT', 'read -r answer', 'echo never'].join('\n');
    const { steps } = await stepped(script, person);
    expect(steps.map((s) => s.result)).toEqual([
      { stdout: '', stderr: '', exitCode: 0 },
      { stdout: 'exit trap rc=130\n', stderr: '', exitCode: 130 },
    ]);
  });

  test('without a terminal a read takes the standard input the step was given, as before', async () => {
    const { shell } = fakeShell();
    const run = shell.startScript('read -r a b; echo "[$a] [$b]"', { name: 'x.ksh' });
    if (!(run instanceof ScriptRun)) throw new Error(run.error);
    expect((await run.step('one two three\n'))?.result).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run.step())?.result).toEqual({ stdout: '[one] [two three]\n', stderr: '', exitCode: 0 });
  });
});
