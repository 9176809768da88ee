/**
 * The paste box: the output of AIX commands (one, or a terminal transcript with prompt lines, or the
 * collector's output) is recognised and read as the admin pastes; the page shows what was read and the
 * exact line that could not be, and "Use what was read" fills the forms below.
 */

/** What the paste box shows of one command's output, and its kind (for what is still needed). */
interface ReadSection extends ReadOutput {
  title: string;
  read: string[];
  errors: ParseIssue[];
}

/** A paste read: the sections to show, and the facts with what was read (and notes on what was not taken). */
interface PasteRead {
  sections: ReadSection[];
  apply(facts: Facts): { facts: Facts; notes: string[] };
}

const collectorHeader = /^\s*==== vgcopy-collect /;

/** Reads a paste: the collector's whole output, or AIX command output with or without prompt lines. */
function readPaste(text: string): PasteRead {
  if (collectorHeader.test(text)) {
    const preview = importCollected(text);
    return {
      sections: [
        ...preview.sections.map((s) => ({
          title: `Read as ${s.command}`,
          kind: s.kind,
          read: s.read,
          errors: s.errors,
        })),
        { title: 'Collector output', kind: null, read: [], errors: preview.errors },
      ].filter((s) => s.read.length > 0 || s.errors.length > 0),
      apply(facts) {
        const imported = importCollected(text, facts);
        return { facts: imported.facts, notes: imported.sections.flatMap((s) => s.notes) };
      },
    };
  }
  const outputs = parsePaste(text);
  return {
    sections: outputs.map((o) => ({
      title: `${o.kind ? `Read as ${o.command}` : 'Not recognised'}${o.prompt ? ` (after the prompt "${o.prompt}")` : ''}`,
      kind: o.kind,
      read: o.read,
      errors: o.errors,
    })),
    apply(facts) {
      const ordered = outputs
        .filter((o) => o.read.length > 0)
        .sort((a, b) => applyOrder.indexOf(a.kind ?? 'hostname') - applyOrder.indexOf(b.kind ?? 'hostname'));
      const notes: string[] = [];
      let next = facts;
      for (const o of ordered) {
        const applied = o.apply(next);
        next = applied.facts;
        notes.push(...applied.notes);
      }
      return { facts: next, notes };
    },
  };
}
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import {
  applyOrder,
  formatIssue,
  importCollected,
  type ParseIssue,
  parsePaste,
  type ReadOutput,
  type StillNeeded,
  stillNeeded,
} from '../../../core/parse';
import { primaryButton, smallButton } from '../../ui/buttons';
import { TextArea } from '../../ui/fields';

/** A paste up to this size is read as it is typed; a larger one once typing pauses (a 2 MB paste takes a while). */
const readAtOnce = 64 * 1024;
const pauseMs = 300;
/**
 * How many read items and unread lines one output shows: a 2 MB paste has tens of thousands, and a
 * live region that long freezes the page (the screen reader's tree is rebuilt with it).
 */
const shownRead = 50;
const shownErrors = 20;

/** The text to read: at once while small; a large paste once typing pauses, and an empty box at once. */
function useTextToRead(text: string): string {
  const [toRead, setToRead] = useState(text);
  useEffect(() => {
    if (text.length <= readAtOnce) {
      setToRead(text);
      return;
    }
    const timer = setTimeout(() => setToRead(text), pauseMs);
    return () => clearTimeout(timer);
  }, [text]);
  return text.length <= readAtOnce ? text : toRead;
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
  // Reading a large paste is kept off the typing path: the box answers keystrokes, the reading follows.
  const toRead = useDeferredValue(useTextToRead(text));
  const pasted = useMemo(() => (toRead.trim() ? readPaste(toRead) : undefined), [toRead]);
  const reading = toRead !== text && text.length > readAtOnce;
  // Cleared at once: an empty box shows nothing, whatever is still being read.
  const sections = text.trim() ? (pasted?.sections ?? []) : [];
  const readable = sections.some((o) => o.read.length > 0);
  const vgAfter = useMemo(() => (pasted ? pasted.apply(facts).facts.sourceVg.name : ''), [pasted, facts]);
  const needed = pasted ? stillNeeded(pasted.sections, vgAfter) : [];
  const use = () => {
    if (!pasted) return;
    const applied = pasted.apply(facts);
    update(() => applied.facts);
    setUsed({
      filled: formsChanged(facts, applied.facts),
      notes: applied.notes,
      needed: stillNeeded(pasted.sections, applied.facts.sourceVg.name),
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
      {reading && (
        <p role="status" className="mt-2 text-sm text-slate-700">
          Reading the paste…
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
            <button type="button" className={primaryButton} onClick={use}>
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
