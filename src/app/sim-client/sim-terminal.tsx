/**
 * A terminal on one console of the session (the AIX host's shell or the storage admin's CLI), drawn by
 * xterm.js. Lines typed here are sent to the simulator; every command of that console that ran (typed
 * here, in another tab, by the script runner or the storage button) is written with its output.
 * Only pages that show a terminal import this file, so xterm.js never loads with the first page.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { ConsoleName, ServerMessage, TranscriptEntry } from '../../sim/worker/protocol';
import type { SimConnection } from './connection';
import { editLine, emptyLine } from './line-editor';

export interface SimTerminalProps {
  connection: SimConnection;
  console: ConsoleName;
  /** Accessible name of the terminal, e.g. "AIX host terminal". */
  label: string;
  prompt: string;
  /** The commands that ran before this terminal was shown (written once, when it opens). */
  history: TranscriptEntry[];
}

const dim = (text: string) => `\x1b[2m${text}\x1b[0m`;
const red = (text: string) => `\x1b[31m${text}\x1b[0m`;

/** Which transcript entries belong on which console. */
function onConsole(entry: TranscriptEntry, name: ConsoleName): boolean {
  const storage = entry.source === 'storage' || entry.source === 'button';
  return name === 'storage' ? storage : !storage;
}

export function SimTerminal({ connection, console: name, label, prompt, history }: SimTerminalProps) {
  const host = useRef<HTMLElement>(null);
  const promptRef = useRef(prompt);
  promptRef.current = prompt;
  const historyRef = useRef(history);

  useEffect(() => {
    if (!host.current) return;
    // convertEol: a bare \n from the simulator (an echo of several lines, a script's log) starts the next
    // line at its first column, as on the host's terminal, instead of stepping down as a staircase.
    const term = new Terminal({ convertEol: true, cursorBlink: true, fontSize: 13, rows: 20 });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current);
    // Refit whenever the box changes size, including when a hidden tab is shown (it had no size before).
    const resizes = new ResizeObserver(() => {
      if (host.current?.offsetWidth) fit.fit();
    });
    // The terminal's width in columns, said on its element (the browser tests read it: 100 and more at
    // 1280 px, so `lsvg -l` does not wrap).
    term.onResize(({ cols }) => {
      if (host.current) host.current.dataset.cols = String(cols);
    });
    resizes.observe(host.current);

    let line = emptyLine;
    // Lines typed here are already echoed; their output arrives later as an 'output' message.
    let typedAwaiting = 0;
    // The script waits at this terminal for an answer: what is typed goes to it, with no prompt.
    let scriptWaits = false;
    const writeOutput = (entry: TranscriptEntry, echoed: boolean) => {
      // The answer to a script's question follows the question on its line; the rest of a step that
      // waited follows the answer, so neither repeats the command.
      if (!echoed && entry.read !== 'after') {
        const where = entry.source === 'script' ? dim(`[script line ${entry.scriptLine}] `) : '';
        term.write(entry.read === 'answer' ? `${entry.command}\r\n` : `${where}${entry.command}\r\n`);
      }
      if (entry.result.stdout) term.write(entry.result.stdout);
      if (entry.result.stderr) term.write(red(entry.result.stderr));
      // An injected failure is said apart from the output, so nobody takes it for a defect of the script.
      for (const fault of entry.faults ?? []) term.write(`${dim(`[simulator] ${fault}`)}\r\n`);
      if (!entry.read || entry.read === 'after') term.write(promptRef.current);
    };
    const replay = (transcript: TranscriptEntry[]) => {
      term.reset();
      term.write(promptRef.current);
      for (const entry of transcript) if (onConsole(entry, name)) writeOutput(entry, false);
    };
    replay(historyRef.current);
    const onMessage = (message: ServerMessage) => {
      if (message.type === 'opened') {
        scriptWaits = message.script.waitingForInput === true;
        replay(message.transcript);
      } else if (message.type === 'script') {
        scriptWaits = message.script.waitingForInput === true;
      } else if (message.type === 'output' && onConsole(message.entry, name)) {
        const typedHere =
          typedAwaiting > 0 && (message.entry.source === 'aix' || message.entry.source === 'storage');
        if (typedHere) typedAwaiting--;
        writeOutput(message.entry, typedHere);
      } else if (message.type === 'state') {
        term.write(`\r\n${dim(message.note)}\r\n${promptRef.current}`);
      } else if (message.type === 'error' && name === 'aix') {
        term.write(`\r\n${red(message.message)}\r\n${promptRef.current}`);
      }
    };
    const unsubscribe = connection.subscribe(onMessage);
    const typing = term.onData((data) => {
      const edit = editLine(line, data);
      line = edit.state;
      term.write(edit.echo);
      const answering = scriptWaits && name === 'aix';
      if (edit.interrupted) {
        if (answering) connection.send({ type: 'interrupt' });
        else term.write(promptRef.current);
      }
      for (const text of edit.lines) {
        if (text.trim() || answering) {
          typedAwaiting++;
          connection.send({ type: 'run', console: name, line: text });
        } else {
          term.write(promptRef.current);
        }
      }
    });
    return () => {
      typing.dispose();
      unsubscribe();
      resizes.disconnect();
      term.dispose();
    };
  }, [connection, name]);

  return (
    <section
      aria-label={label}
      ref={host}
      className="h-80 overflow-hidden rounded border border-slate-700 bg-black p-1"
    />
  );
}
