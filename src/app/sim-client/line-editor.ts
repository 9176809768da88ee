/**
 * The terminal's line editing, as a pure function of the keys typed: xterm.js hands over raw input
 * (keys, escape sequences, pasted text); this turns it into what to echo and the lines to run.
 * Handles printable text, Backspace, Enter (a paste with several lines runs each), Ctrl-C and Ctrl-U
 * (drop the line), and Up/Down through the lines run before.
 */
export interface LineState {
  buffer: string;
  history: string[];
  /** Position while walking the history with Up/Down; history.length when not walking. */
  historyIndex: number;
}

export interface Edit {
  state: LineState;
  /** What to write to the terminal (echo and erase sequences). */
  echo: string;
  /** Complete lines to run, in order. */
  lines: string[];
  /** Ctrl-C was typed (the line being typed is dropped; a script waiting for an answer gets SIGINT). */
  interrupted: boolean;
}

export const emptyLine: LineState = { buffer: '', history: [], historyIndex: 0 };

const eraseLine = (buffer: string) => '\b \b'.repeat(buffer.length);

export function editLine(state: LineState, data: string): Edit {
  let { buffer, history, historyIndex } = state;
  let echo = '';
  let interrupted = false;
  const lines: string[] = [];
  const replaceWith = (text: string) => {
    echo += eraseLine(buffer) + text;
    buffer = text;
  };
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (data.startsWith('\x1b[A', i) || data.startsWith('\x1b[B', i)) {
      const up = data[i + 2] === 'A';
      historyIndex = Math.max(0, Math.min(history.length, historyIndex + (up ? -1 : 1)));
      replaceWith(history[historyIndex] ?? '');
      i += 2;
    } else if (ch === '\x1b') {
      // Other escape sequences (arrows left/right, function keys) are not edited here: skip them whole.
      const end = data.slice(i + 1).search(/[A-Za-z~]/);
      i += end < 0 ? data.length : end + 1;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\n' && data[i - 1] === '\r') continue;
      echo += '\r\n';
      lines.push(buffer);
      if (buffer.trim()) history = [...history, buffer];
      historyIndex = history.length;
      buffer = '';
    } else if (ch === '\x7f' || ch === '\b') {
      if (buffer) {
        buffer = buffer.slice(0, -1);
        echo += '\b \b';
      }
    } else if (ch === '\x03') {
      echo += '^C\r\n';
      interrupted = true;
      buffer = '';
    } else if (ch === '\x15') {
      replaceWith('');
    } else if (ch >= ' ') {
      buffer += ch;
      echo += ch;
    }
  }
  return { state: { buffer, history, historyIndex }, echo, lines, interrupted };
}
