/**
 * "Run the script": the script shown line by line with the current one marked, and the controls of the
 * step-by-step runner (step, continue, pause, run to end). It stops on the first failure and says why.
 */
import type { ClientMessageInput, ScriptProgress } from '../../../sim/worker/protocol';
import { secondaryButton, smallButton } from '../../ui/buttons';

export interface ScriptPanelProps {
  script: ScriptProgress;
  send(message: ClientMessageInput): void;
}

function statusText({ status, currentLine, reason, lines, waitingForInput }: ScriptProgress): string {
  if (status === 'running' && waitingForInput)
    return `Waiting at line ${currentLine} for an answer: type it in the AIX host terminal once the part it waits for is done.`;
  switch (status) {
    case 'idle':
      return 'No script loaded.';
    case 'paused':
      return currentLine ? `Paused before line ${currentLine} of ${lines.length}.` : 'Paused.';
    case 'running':
      return currentLine ? `Running, at line ${currentLine}.` : 'Running.';
    case 'finished':
      return 'The script ran to the end without an error.';
    case 'failed':
      return `Stopped: ${reason ?? 'the script failed.'}`;
  }
}

export function ScriptPanel({ script, send }: ScriptPanelProps) {
  const loaded = script.status === 'paused' || script.status === 'running';
  const running = script.status === 'running';
  return (
    <section aria-labelledby="script-heading" className="rounded border border-slate-200 bg-white p-3">
      <h3 id="script-heading" className="font-semibold">
        Script runner
      </h3>
      <p
        role="status"
        className={`mt-1 text-sm ${script.status === 'failed' ? 'text-red-700' : 'text-slate-700'}`}
      >
        {statusText(script)}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={smallButton}
          disabled={!loaded || running}
          onClick={() => send({ type: 'script-step' })}
        >
          Step
        </button>
        <button
          type="button"
          className={smallButton}
          disabled={!loaded || running}
          onClick={() => send({ type: 'script-continue' })}
        >
          Continue
        </button>
        <button
          type="button"
          className={smallButton}
          disabled={!running}
          onClick={() => send({ type: 'script-pause' })}
        >
          Pause
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={!loaded || running}
          onClick={() => send({ type: 'script-run-to-end' })}
        >
          Run to end
        </button>
      </div>
      {script.lines.length > 0 && (
        <ol
          aria-label="Script lines"
          className="mt-2 max-h-72 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100"
        >
          {script.lines.map((text, i) => {
            const number = i + 1;
            const current = number === script.currentLine;
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: a script line is identified by its number.
                key={i}
                aria-current={current ? 'step' : undefined}
                className={`whitespace-pre ${current ? (script.status === 'failed' ? 'bg-red-800' : 'bg-amber-700') : ''}`}
              >
                <span className="mr-2 inline-block w-8 text-right text-slate-400">{number}</span>
                {text}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
