import { describe, expect, it } from 'vitest';
import { editLine, emptyLine } from './line-editor';

describe('the terminal line editor', () => {
  it('echoes what is typed and runs the line on Enter', () => {
    const typed = editLine(emptyLine, 'lspvx\x7f');
    expect(typed).toEqual({
      state: { buffer: 'lspv', history: [], historyIndex: 0 },
      echo: 'lspvx\b \b',
      lines: [],
      interrupted: false,
    });
    expect(editLine(typed.state, '\r')).toEqual({
      state: { buffer: '', history: ['lspv'], historyIndex: 1 },
      echo: '\r\n',
      lines: ['lspv'],
      interrupted: false,
    });
  });

  it('runs each line of a pasted block, CRLF or LF', () => {
    expect(editLine(emptyLine, 'cfgmgr\r\nlspv\n').lines).toEqual(['cfgmgr', 'lspv']);
  });

  it('brings back the previous line with Up and clears it with Down', () => {
    const ran = editLine(emptyLine, 'lsvg -o\r').state;
    const up = editLine(ran, '\x1b[A');
    expect(up.echo).toBe('lsvg -o');
    expect(up.state.buffer).toBe('lsvg -o');
    const down = editLine(up.state, '\x1b[B');
    expect(down.echo).toBe('\b \b'.repeat(7));
    expect(down.state.buffer).toBe('');
  });

  it('drops the line on Ctrl-C (and says so, for a script waiting at the terminal) and skips arrow keys it does not edit', () => {
    expect(editLine(emptyLine, 'varyoffvg datavg\x03')).toEqual({
      state: { buffer: '', history: [], historyIndex: 0 },
      echo: 'varyoffvg datavg^C\r\n',
      lines: [],
      interrupted: true,
    });
    expect(editLine(emptyLine, 'ab\x1b[Dc').state.buffer).toBe('abc');
  });
});
