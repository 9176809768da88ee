/**
 * The find box above a long table. The browser's own find (Ctrl+F) cannot find a row the table has not
 * rendered (a long table renders only the rows in view), so the table offers its own: it searches every
 * row's data, brings the matching row into view and moves the focus to it, and says which row it was.
 */
import { type FormEvent, useId, useState } from 'react';
import { smallButton } from './buttons';

/**
 * The first row whose text equals the query, else the first that contains it; case does not matter.
 * Rows are searched from the one after `after` on, round to the start (a script's find goes on from the
 * line it found last).
 */
export function matchingRow(
  count: number,
  texts: (index: number) => readonly string[],
  query: string,
  after = -1,
): number | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const lower = (i: number) => texts(i).map((t) => t.toLowerCase());
  const rows = Array.from({ length: count }, (_, k) => (after + 1 + k) % count);
  return (
    rows.find((i) => lower(i).includes(wanted)) ?? rows.find((i) => lower(i).some((t) => t.includes(wanted)))
  );
}

export function FindRow({
  label,
  count,
  texts,
  onFound,
  unit = 'row',
  onward = false,
}: {
  label: string;
  count: number;
  texts(index: number): readonly string[];
  onFound(index: number): void;
  /** What the rows are called in what the box says: rows of a table, lines of a script. */
  unit?: 'row' | 'line';
  /** Find again, with the same text, goes on to the next row that holds it (a script's many `mkvg`). */
  onward?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const [last, setLast] = useState<{ query: string; index: number }>();
  const find = (e: FormEvent) => {
    e.preventDefault();
    const after = onward && last?.query === query ? last.index : -1;
    const index = matchingRow(count, texts, query, after);
    if (index === undefined) {
      setSaid(`No ${unit} holds “${query.trim()}”.`);
      return;
    }
    setLast({ query, index });
    setSaid(`${unit === 'row' ? 'Row' : 'Line'} ${index + 1} of ${count}.`);
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
