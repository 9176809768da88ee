/**
 * The find box above a long table. The browser's own find (Ctrl+F) cannot find a row the table has not
 * rendered (a long table renders only the rows in view), so the table offers its own: it searches every
 * row's data, brings the matching row into view and moves the focus to it, and says which row it was.
 */
import { type FormEvent, useId, useState } from 'react';
import { smallButton } from './buttons';

/** The first row whose text equals the query, else the first that contains it; case does not matter. */
export function matchingRow(
  count: number,
  texts: (index: number) => readonly string[],
  query: string,
): number | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const lower = (i: number) => texts(i).map((t) => t.toLowerCase());
  for (let i = 0; i < count; i++) if (lower(i).includes(wanted)) return i;
  for (let i = 0; i < count; i++) if (lower(i).some((t) => t.includes(wanted))) return i;
  return undefined;
}

export function FindRow({
  label,
  count,
  texts,
  onFound,
}: {
  label: string;
  count: number;
  texts(index: number): readonly string[];
  onFound(index: number): void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const find = (e: FormEvent) => {
    e.preventDefault();
    const index = matchingRow(count, texts, query);
    if (index === undefined) {
      setSaid(`No row holds “${query.trim()}”.`);
      return;
    }
    setSaid(`Row ${index + 1} of ${count}.`);
    onFound(index);
  };
  return (
    <search aria-label={label}>
      <form className="mb-2 flex flex-wrap items-end gap-2" onSubmit={find}>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
          <input
            id={id}
            type="search"
            className="ml-2 rounded border border-slate-400 bg-white px-2 py-1 font-mono"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button type="submit" className={smallButton}>
          Find
        </button>
        <p role="status" className="text-sm text-slate-700">
          {said}
        </p>
      </form>
    </search>
  );
}
