/**
 * An editable table of facts (disks, LVs, file systems, target LUNs): one row per item, one labelled
 * input per cell ("PVID, row 2"), rows added and removed with buttons, and the error of a cell shown in
 * the cell. The list's dotted path in the facts (e.g. 'sourceVg.disks') keys the errors of its cells by
 * Finding.field ('sourceVg.disks.1.pvid').
 *
 * A VG can have 1024 disks: the table renders only the rows in view (virtual-table.tsx), and a keystroke
 * re-renders only its own row: each row reads its own item from the store and writes it back through the
 * store's action, and is memoised on its index and its own errors.
 */
import { memo, useCallback } from 'react';
import type { Facts } from '../../core/model/facts';
import { useRunbooks } from '../store/runbooks';
import { smallButton } from './buttons';
import { borderClass, invalid, messageClass } from './fields';
import { VirtualTable } from './virtual-table';

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

type ItemOf<L> = L extends readonly (infer T)[] ? T : never;

/** Where a table's rows are in the facts: the list's path, how to read it, how to put a changed one back. */
export interface FactsList<T> {
  path: string;
  rows(facts: Facts): T[];
  withRows(facts: Facts, rows: T[]): Facts;
}

/** The list `facts[section][key]` (e.g. sourceVg.disks). Keep it in a constant: rows are memoised on it. */
export function factsList<S extends keyof Facts, K extends keyof NonNullable<Facts[S]> & string>(
  section: S,
  key: K,
): FactsList<ItemOf<NonNullable<Facts[S]>[K]>> {
  type Item = ItemOf<NonNullable<Facts[S]>[K]>;
  const sectionOf = (facts: Facts) => facts[section] as Record<string, unknown>;
  return {
    path: `${section}.${key}`,
    rows: (facts) => sectionOf(facts)[key] as Item[],
    withRows: (facts, rows) => ({ ...facts, [section]: { ...sectionOf(facts), [key]: rows } }),
  };
}

interface RowProps<T> {
  runbookId: string;
  list: FactsList<T>;
  columns: Column<T>[];
  index: number;
  /** The table's caption when rows can be removed (the Remove button names it), else undefined. */
  removableFrom: string | undefined;
  errors: ReadonlyMap<string, string>;
}

const cellField = (list: FactsList<unknown>, index: number, key: string) => `${list.path}.${index}.${key}`;

/** The row's own errors are the only part of the page's error map that decides whether it re-renders. */
function sameRow<T>(a: RowProps<T>, b: RowProps<T>): boolean {
  return (
    a.runbookId === b.runbookId &&
    a.list === b.list &&
    a.columns === b.columns &&
    a.index === b.index &&
    a.removableFrom === b.removableFrom &&
    a.columns.every((c) => {
      const field = cellField(a.list, a.index, c.key);
      return a.errors.get(field) === b.errors.get(field);
    })
  );
}

function RowCellsOf<T>({ runbookId, list, columns, index, removableFrom, errors }: RowProps<T>) {
  const row = useRunbooks((s) => {
    const facts = s.runbooks[runbookId]?.facts;
    return facts ? list.rows(facts)[index] : undefined;
  });
  const updateFacts = useRunbooks((s) => s.updateFacts);
  const changeRows = useCallback(
    (change: (rows: T[]) => T[]) =>
      updateFacts(runbookId, (facts) => list.withRows(facts, change(list.rows(facts)))),
    [updateFacts, runbookId, list],
  );
  const setRow = useCallback(
    (change: (row: T) => T) => changeRows((rows) => rows.map((r, j) => (j === index ? change(r) : r))),
    [changeRows, index],
  );
  const remove = useCallback(
    () => changeRows((rows) => rows.filter((_, j) => j !== index)),
    [changeRows, index],
  );
  if (row === undefined) return null;
  return (
    <>
      {columns.map((c) => {
        const field = cellField(list, index, c.key);
        const error = errors.get(field);
        const label = `${c.label}, row ${index + 1}`;
        return (
          <td key={c.key} className="px-2 py-1">
            {c.kind === 'checkbox' ? (
              <input
                type="checkbox"
                aria-label={label}
                data-field={field}
                checked={c.get(row)}
                onChange={(e) => {
                  const { checked } = e.target;
                  setRow((r) => c.set(r, checked));
                }}
              />
            ) : c.kind === 'select' ? (
              <select
                aria-label={label}
                data-field={field}
                className="w-full rounded border border-slate-400 bg-white px-1 py-1"
                value={c.get(row)}
                onChange={(e) => {
                  const { value } = e.target;
                  setRow((r) => c.set(r, value));
                }}
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
                onChange={(e) => {
                  const { value } = e.target;
                  setRow((r) => c.set(r, value));
                }}
              />
            )}
            {error && <p className={messageClass(error, 'text-xs')}>{error}</p>}
          </td>
        );
      })}
      {removableFrom !== undefined && (
        <td className="px-2 py-1">
          <button type="button" className={smallButton} onClick={remove}>
            Remove
            <span className="sr-only">
              {' '}
              row {index + 1} of {removableFrom}
            </span>
          </button>
        </td>
      )}
    </>
  );
}

const RowCells = memo(RowCellsOf, sameRow) as typeof RowCellsOf;

export function RowsEditor<T>({
  runbookId,
  caption,
  list,
  columns,
  newRow,
  addLabel,
  findLabel,
  errors,
}: {
  runbookId: string;
  caption: string;
  /** A constant (factsList(...)): rows are memoised on it. */
  list: FactsList<T>;
  /** A constant too, for the same reason. */
  columns: Column<T>[];
  /** Without it the table has a fixed set of rows (no add/remove). */
  newRow?: () => T;
  addLabel?: string;
  /** The label of the find box a long table has, e.g. "Find a disk". */
  findLabel: string;
  errors: ReadonlyMap<string, string>;
}) {
  const count = useRunbooks((s) => {
    const facts = s.runbooks[runbookId]?.facts;
    return facts ? list.rows(facts).length : 0;
  });
  const updateFacts = useRunbooks((s) => s.updateFacts);
  // Read when a find is asked for, not on every render: the table does not re-render with every row.
  const texts = (index: number) => {
    const facts = useRunbooks.getState().runbooks[runbookId]?.facts;
    const row = facts ? list.rows(facts)[index] : undefined;
    return row === undefined ? [] : columns.map((c) => String(c.get(row)));
  };
  const removableFrom = newRow ? caption : undefined;
  return (
    <div className="mt-3 overflow-x-auto" data-field={list.path} tabIndex={-1}>
      <VirtualTable
        caption={caption}
        look="form"
        headers={[...columns.map((c) => c.label), ...(newRow ? [{ hidden: 'Remove' }] : [])]}
        count={count}
        cells={(index) => (
          <RowCells
            runbookId={runbookId}
            list={list}
            columns={columns}
            index={index}
            removableFrom={removableFrom}
            errors={errors}
          />
        )}
        texts={texts}
        findLabel={findLabel}
        rowsPath={list.path}
      />
      {newRow && (
        <button
          type="button"
          className={`${smallButton} mt-2`}
          onClick={() => updateFacts(runbookId, (f) => list.withRows(f, [...list.rows(f), newRow()]))}
        >
          {addLabel ?? 'Add a row'}
        </button>
      )}
      {errors.get(list.path) && (
        <p className={messageClass(errors.get(list.path))}>{errors.get(list.path)}</p>
      )}
    </div>
  );
}
