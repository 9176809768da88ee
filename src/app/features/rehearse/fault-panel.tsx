/**
 * "Make the next command fail": arms an injected fault on the session, so the admin rehearses
 * what the script does when cfgmgr finds no disk, the storage refuses mkflash, or a mount fails. The
 * simulator says which commands can fail and refuses the others; a fired fault is named in the
 * terminal and the picture, apart from what the script did.
 */
import { useState } from 'react';
import type { ClientMessageInput } from '../../../sim/worker/protocol';
import { smallButton } from '../../ui/buttons';

export function FaultPanel({ send }: { send(message: ClientMessageInput): void }) {
  const [command, setCommand] = useState('');
  const [call, setCall] = useState('1');
  const callNumber = Number(call);
  const valid = command.trim() !== '' && Number.isInteger(callNumber) && callNumber >= 1;
  return (
    <section aria-labelledby="fault-heading" className="rounded border border-slate-200 bg-white p-3">
      <h3 id="fault-heading" className="font-semibold">
        Make the next command fail
      </h3>
      <p className="mt-1 text-sm text-slate-600">
        The command fails as it fails on AIX or on the storage (cfgmgr, varyonvg, recreatevg, importvg, fsck,
        logredo, mount, db2, sqlplus, or a storage command such as mkflash or startfcconsistgrp).
      </p>
      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          send({ type: 'fault-arm', command: command.trim(), call: callNumber });
        }}
      >
        <label className="flex flex-col text-sm" htmlFor="fault-command">
          Command to fail
          <input
            id="fault-command"
            className="rounded border border-slate-300 px-2 py-1 font-mono text-sm"
            placeholder="e.g. mkflash"
            value={command}
            onChange={(e) => setCommand(e.target.value)}
          />
        </label>
        <label className="flex flex-col text-sm" htmlFor="fault-call">
          Which call (1 = the next)
          <input
            id="fault-call"
            type="number"
            min={1}
            className="w-24 rounded border border-slate-300 px-2 py-1 text-sm"
            value={call}
            onChange={(e) => setCall(e.target.value)}
          />
        </label>
        <button type="submit" className={smallButton} disabled={!valid}>
          Make it fail
        </button>
      </form>
    </section>
  );
}
