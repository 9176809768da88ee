import { expect, test } from 'vitest';
import { renderTranscript } from './transcript';

test('a transcript shows the prompt, the typed lines and the output as a terminal does', () => {
  expect(
    renderTranscript([
      { input: 'lsvg -o', result: { stdout: 'datavg\nrootvg\n', stderr: '', exitCode: 0 } },
      { input: 'if true; then\necho in\nfi', result: { stdout: 'in\n', stderr: '', exitCode: 0 } },
      {
        input: 'varyonvg nosuchvg',
        result: {
          stdout: '',
          stderr:
            '0516-306 getlvodm: Unable to find volume group nosuchvg in the Device\n\tConfiguration Database.\n',
          exitCode: 1,
        },
      },
      { input: 'print -n no newline', result: { stdout: 'no newline', stderr: '', exitCode: 0 } },
    ]),
  ).toBe(
    [
      '# lsvg -o',
      'datavg',
      'rootvg',
      '# if true; then',
      '> echo in',
      '> fi',
      'in',
      '# varyonvg nosuchvg',
      '0516-306 getlvodm: Unable to find volume group nosuchvg in the Device',
      '\tConfiguration Database.',
      '# print -n no newline',
      'no newline',
    ].join('\n'),
  );
});
