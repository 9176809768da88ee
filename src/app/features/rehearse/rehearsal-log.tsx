/**
 * The log the rehearsed script wrote on the simulated host (its LOG file in /var/tmp), downloaded as the
 * script on the real host leaves it: the Review page's run record reads it back (docs/run-record.md).
 * `onLog` gets it too (the page keeps its timings beside the run's).
 */
import { useState } from 'react';
import type { SimConnection } from '../../sim-client/connection';
import { secondaryButton } from '../../ui/buttons';
import { downloadText } from '../../ui/download';

/** The script's log file, from its LOG= setting (write/ksh-script.ts). */
function logPath(script: string): string | undefined {
  return /^LOG='(\/var\/tmp\/vgcopy-[A-Za-z0-9_.-]+\.log)'$/m.exec(script)?.[1];
}

export function RehearsalLog({
  connection,
  script,
  onLog,
}: {
  connection: SimConnection;
  script: string;
  onLog(text: string): void;
}) {
  const [note, setNote] = useState('');
  const path = logPath(script);
  if (!path) return null;
  const download = () => {
    const stop = connection.subscribe((message) => {
      if (message.type !== 'file' || message.path !== path) return;
      stop();
      if (message.text === null) setNote(`The host has no ${path} yet: run the script first.`);
      else {
        downloadText(path.slice(path.lastIndexOf('/') + 1), message.text);
        onLog(message.text);
        setNote('');
      }
    });
    connection.send({ type: 'file-read', path });
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={secondaryButton} onClick={download}>
        Download the script's log
      </button>
      <span className="text-sm text-slate-700">
        {note || `${path}: read it back on Review & export as the run record.`}
      </span>
    </div>
  );
}
