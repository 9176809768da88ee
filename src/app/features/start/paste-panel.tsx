/**
 * The paste box: the output of AIX commands (one, or a terminal transcript with prompt lines, or the
 * collector's output) is recognised and read as the admin pastes; the page shows what was read and the
 * exact line that could not be, and "Use what was read" fills the forms below.
 */

import { useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import { formatIssue, type StillNeeded, stillNeeded } from '../../../core/parse';
import { primaryButton, smallButton } from '../../ui/buttons';
import { TextArea } from '../../ui/fields';
import { usePasteRead } from './use-paste-read';

/**
 * How many read items and unread lines one output shows: a 2 MB paste has tens of thousands, and a
 * live region that long freezes the page (the screen reader's tree is rebuilt with it).
 */
const shownRead = 50;
const shownErrors = 20;

/** The size of a large paste as the page says it: 2.0 MB (its characters, as near as bytes for AIX output). */
function megabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}

/** Whether the forms changed: anything but the host inventory (which only checks the copy's names). */
function formsChanged(before: Facts, after: Facts): boolean {
  const { host: _before, ...formsBefore } = before;
  const { host: _after, ...formsAfter } = after;
  return JSON.stringify(formsBefore) !== JSON.stringify(formsAfter);
}

function NeededList({ needed }: { needed: readonly StillNeeded[] }) {
  return (
    <ul className="mt-1 list-disc pl-6 text-sm">
      {needed.map((n) => (
        <li key={n.fact}>
          {n.fact}: run{' '}
          {n.commands.map((command, i) => (
            <span key={command}>
              {i > 0 && ' or '}
              <code>{command}</code>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function PastePanel({ facts, update }: { facts: Facts; update(change: (f: Facts) => Facts): void }) {
  const [text, setText] = useState('');
  const [used, setUsed] = useState<{ filled: boolean; notes: string[]; needed: StillNeeded[] }>();
  // Once used, what was read is not applied again to each change of the forms (use-paste-read.ts).
  const { sections, applied, reading, failure } = usePasteRead(text, used ? undefined : facts);
  const readable = sections.some((o) => o.read.length > 0);
  const needed = stillNeeded(sections, applied?.facts.sourceVg.name ?? facts.sourceVg.name);
  const use = () => {
    if (!applied) return;
    update(() => applied.facts);
    setUsed({
      filled: formsChanged(facts, applied.facts),
      notes: applied.notes,
      needed: stillNeeded(sections, applied.facts.sourceVg.name),
    });
  };
  return (
    <section aria-labelledby="paste-title" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="paste-title" className="text-lg font-semibold">
        Read the environment from the host
      </h2>
      <p className="text-sm text-slate-700">
        Paste what AIX printed, with the command lines if you have them (for example <code># lspv</code>,{' '}
        <code># lsvg -l datavg</code>, <code># oslevel -s</code>), or the output of the{' '}
        <a className="text-brand-700 underline" href="/vgcopy-collect.sh" download>
          collector script vgcopy-collect.sh
        </a>{' '}
        run on the host. Or fill in the forms below.
      </p>
      <TextArea
        label="AIX command output"
        rows={7}
        value={text}
        onChange={(t) => {
          setText(t);
          setUsed(undefined);
        }}
      />
      {text !== '' && (
        // Selecting megabytes in a text box to delete them takes the browser seconds: one click empties it.
        <button
          type="button"
          className={`${smallButton} mt-2`}
          onClick={() => {
            setText('');
            setUsed(undefined);
          }}
        >
          Clear the paste
        </button>
      )}
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">
        {reading > 0 && `Reading ${megabytes(reading)}…`}
      </p>
      {failure && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          The paste of {megabytes(text.length)} could not be read ({failure}). Nothing from it was used: paste
          each command's output on its own, or fill in the forms below.
        </p>
      )}
      {sections.length > 0 && (
        <div aria-live="polite" className="mt-3 space-y-3">
          {sections.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections follow the pasted text's order
            <div key={i} className="rounded border border-slate-200 p-3">
              <h3 className="font-medium">{o.title}</h3>
              {o.read.length > 0 && (
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {o.read.slice(0, shownRead).map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
              {o.read.length > shownRead && (
                <p className="mt-1 text-sm">… and {o.read.length - shownRead} more read.</p>
              )}
              {o.errors.slice(0, shownErrors).map((e) => (
                <p key={`${e.line}:${e.message}`} className="mt-1 text-sm font-medium text-red-700">
                  Could not read {formatIssue(e)}
                </p>
              ))}
              {o.errors.length > shownErrors && (
                <p className="mt-1 text-sm font-medium text-red-700">
                  … and {o.errors.length - shownErrors} more lines that could not be read.
                </p>
              )}
            </div>
          ))}
          {needed.length > 0 && (
            <div className="rounded border border-amber-300 bg-amber-50 p-3">
              <h3 className="font-medium">Not in this paste</h3>
              <NeededList needed={needed} />
            </div>
          )}
          {readable && (
            <button type="button" className={primaryButton} onClick={use} disabled={!applied}>
              Use what was read
            </button>
          )}
        </div>
      )}
      {used && (
        <div role="status" className="mt-3 text-sm text-slate-800">
          {used.filled ? (
            <p className="font-medium text-green-800">The forms below now hold what was read.</p>
          ) : (
            <p className="font-medium text-amber-800">Nothing in the forms below changed.</p>
          )}
          {used.notes.length > 0 && (
            <>
              <p className="mt-2 font-medium">Kept aside, and why:</p>
              <ul className="mt-1 list-disc pl-6">
                {used.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
          {used.needed.length > 0 && (
            <>
              <p className="mt-2 font-medium">Still needed, and the command that tells it:</p>
              <NeededList needed={used.needed} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
