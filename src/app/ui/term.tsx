/**
 * A word of the procedure with its plain-language explanation one click (or Enter) away: a disclosure
 * button (aria-expanded) that shows the glossary text right after the word; Escape closes it.
 */
import { useId, useState } from 'react';
import { type GlossaryKey, glossary } from './glossary';

export function Term({ k, children }: { k: GlossaryKey; children?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const entry = glossary[k];
  return (
    <>
      <button
        type="button"
        className="cursor-help border-b border-dotted border-brand-700 text-inherit"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children ?? entry.term}
        <span className="sr-only"> (what is this?)</span>
      </button>
      <span
        id={id}
        hidden={!open}
        className="my-1 block rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-normal text-slate-800"
      >
        <strong>{entry.term}:</strong> {entry.text}
      </span>
    </>
  );
}
