/** The session's commands and their output as text, for screen readers and for copying. */
import type { TranscriptEntry } from '../../sim/worker/protocol';

const sourceNames: Record<TranscriptEntry['source'], string> = {
  aix: 'AIX',
  storage: 'storage',
  script: 'script',
  button: 'storage button',
};

export function TranscriptLog({ transcript, label }: { transcript: TranscriptEntry[]; label: string }) {
  return (
    <section
      aria-label={label}
      role="log"
      className="max-h-64 overflow-auto rounded border border-slate-200 bg-white p-2"
    >
      {transcript.length === 0 && <p className="text-sm text-slate-500">No command yet.</p>}
      <ol>
        {transcript.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the transcript only grows; an entry keeps its index.
          <li key={i} className="border-b border-slate-100 py-1 text-xs">
            <p className="font-mono">
              <span className="text-slate-500">
                {i + 1}. [{sourceNames[entry.source]}
                {entry.scriptLine ? ` line ${entry.scriptLine}` : ''}] exit {entry.result.exitCode}
              </span>{' '}
              <code>{entry.command}</code>
            </p>
            {(entry.result.stdout || entry.result.stderr) && (
              <pre className="whitespace-pre-wrap text-slate-700">
                {entry.result.stdout}
                <span className="text-red-700">{entry.result.stderr}</span>
              </pre>
            )}
            {entry.faults?.map((fault) => (
              <p key={fault} className="font-semibold text-amber-800">
                [simulator] {fault}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
