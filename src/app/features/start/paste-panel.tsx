/**
 * The paste box: the output of AIX commands (one, or a terminal transcript with prompt lines, or the
 * collector's output) is recognised and read as the admin pastes; the page shows what was read and the
 * exact line that could not be, and "Use what was read" fills the forms below.
 */

/** What the paste box shows of one command's output. */
interface ReadSection {
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
        ...preview.sections.map((s) => ({ title: `Read as ${s.command}`, read: s.read, errors: s.errors })),
        { title: 'Collector output', read: [], errors: preview.errors },
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
      title: o.kind ? `Read as ${o.command}` : 'Not recognised',
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
import { useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import { applyOrder, formatIssue, importCollected, type ParseIssue, parsePaste } from '../../../core/parse';
import { primaryButton } from '../../ui/buttons';
import { TextArea } from '../../ui/fields';

export function PastePanel({ facts, update }: { facts: Facts; update(change: (f: Facts) => Facts): void }) {
  const [text, setText] = useState('');
  const [notes, setNotes] = useState<string[]>();
  const pasted = text.trim() ? readPaste(text) : undefined;
  const sections = pasted?.sections ?? [];
  const readable = sections.some((o) => o.read.length > 0);
  const use = () => {
    if (!pasted) return;
    const applied = pasted.apply(facts);
    update(() => applied.facts);
    setNotes(applied.notes);
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
          setNotes(undefined);
        }}
      />
      {sections.length > 0 && (
        <div aria-live="polite" className="mt-3 space-y-3">
          {sections.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections follow the pasted text's order
            <div key={i} className="rounded border border-slate-200 p-3">
              <h3 className="font-medium">{o.title}</h3>
              {o.read.length > 0 && (
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {o.read.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
              {o.errors.map((e) => (
                <p key={`${e.line}:${e.message}`} className="mt-1 text-sm font-medium text-red-700">
                  Could not read {formatIssue(e)}
                </p>
              ))}
            </div>
          ))}
          {readable && (
            <button type="button" className={primaryButton} onClick={use}>
              Use what was read
            </button>
          )}
        </div>
      )}
      {notes && (
        <div role="status" className="mt-3 text-sm text-slate-800">
          <p className="font-medium text-green-800">The forms below now hold what was read.</p>
          {notes.length > 0 && (
            <ul className="mt-1 list-disc pl-6">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
