/**
 * An editable table of facts (disks, LVs, file systems, target LUNs): one row per item, one labelled
 * input per cell ("PVID, row 2"), rows added and removed with buttons, and the error of a cell shown in
 * the cell. `path` is the dotted path of the list in the facts (e.g. 'sourceVg.disks') so errors keyed by
 * Finding.field ('sourceVg.disks.1.pvid') land in the right cell.
 */
import { smallButton } from './buttons';
import { borderClass, invalid, messageClass } from './fields';

export type Column<T> =
  | {
      key: string;
      label: string;
      kind: 'text';
      get(row: T): string;
      set(row: T, v: string): T;
      placeholder?: string;
    }
  | {
      key: string;
      label: string;
      kind: 'select';
      options: readonly { value: string; label: string }[];
      get(row: T): string;
      set(row: T, v: string): T;
    }
  | { key: string; label: string; kind: 'checkbox'; get(row: T): boolean; set(row: T, v: boolean): T };

/** A column editing one string property of the row as it is. */
export function textColumn<T, K extends keyof T & string>(
  key: K,
  label: string,
  placeholder?: string,
): Column<T> {
  return {
    key,
    label,
    kind: 'text',
    placeholder,
    get: (row) => String(row[key] ?? ''),
    set: (row, value) => ({ ...row, [key]: value }),
  };
}

export function RowsEditor<T>({
  caption,
  path,
  rows,
  columns,
  onChange,
  newRow,
  addLabel,
  errors,
}: {
  caption: string;
  path: string;
  rows: T[];
  columns: Column<T>[];
  onChange(rows: T[]): void;
  /** Without it the table has a fixed set of rows (no add/remove). */
  newRow?: () => T;
  addLabel?: string;
  errors: ReadonlyMap<string, string>;
}) {
  const setRow = (i: number, row: T) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <div className="mt-3 overflow-x-auto" data-field={path} tabIndex={-1}>
      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-medium text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-2 py-1 font-medium">
                {c.label}
              </th>
            ))}
            {newRow && (
              <th scope="col" className="px-2 py-1">
                <span className="sr-only">Remove</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // Rows have no identity of their own while being typed in; their position is their key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i} className="border-b border-slate-200 align-top">
              {columns.map((c) => {
                const field = `${path}.${i}.${c.key}`;
                const error = errors.get(field);
                const label = `${c.label}, row ${i + 1}`;
                return (
                  <td key={c.key} className="px-2 py-1">
                    {c.kind === 'checkbox' ? (
                      <input
                        type="checkbox"
                        aria-label={label}
                        data-field={field}
                        checked={c.get(row)}
                        onChange={(e) => setRow(i, c.set(row, e.target.checked))}
                      />
                    ) : c.kind === 'select' ? (
                      <select
                        aria-label={label}
                        data-field={field}
                        className="w-full rounded border border-slate-400 bg-white px-1 py-1"
                        value={c.get(row)}
                        onChange={(e) => setRow(i, c.set(row, e.target.value))}
                      >
                        {c.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        aria-label={label}
                        data-field={field}
                        className={`w-full min-w-20 rounded border bg-white px-2 py-1 font-mono ${borderClass(error)}`}
                        value={c.get(row)}
                        placeholder={c.placeholder}
                        aria-invalid={invalid(error)}
                        onChange={(e) => setRow(i, c.set(row, e.target.value))}
                      />
                    )}
                    {error && <p className={messageClass(error, 'text-xs')}>{error}</p>}
                  </td>
                );
              })}
              {newRow && (
                <td className="px-2 py-1">
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    Remove
                    <span className="sr-only">
                      {' '}
                      row {i + 1} of {caption}
                    </span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {newRow && (
        <button type="button" className={`${smallButton} mt-2`} onClick={() => onChange([...rows, newRow()])}>
          {addLabel ?? 'Add a row'}
        </button>
      )}
      {errors.get(path) && <p className={messageClass(errors.get(path))}>{errors.get(path)}</p>}
    </div>
  );
}
