/**
 * A table that renders only the rows in view once it is long (@tanstack/react-virtual): a scalable VG of
 * 1024 disks would otherwise put thousands of inputs in the page and re-render them on every keystroke.
 * A short table renders every row through the same component, in the page's own flow.
 *
 * What people rely on in a table is kept:
 * - a screen reader announces the number of rows: the table carries aria-rowcount (every row, the header
 *   row included, as ARIA counts them) and each rendered row its aria-rowindex;
 * - the row holding the focus stays rendered while the admin scrolls away, so typing goes on in it;
 * - Tab from the last field of the last rendered row goes on to the next row (rendered and scrolled into
 *   view first), Shift+Tab likewise upwards;
 * - find: the browser's Ctrl+F cannot see rows that are not rendered, so a long table has its own find
 *   box (find-row.tsx), and a "Fix on …" link to a field of an unrendered row reveals it (revealField).
 */
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { FindRow } from './find-row';

/** From this many rows on a table renders only the rows in view (and gets its find box). */
const longTableRows = 50;

/** The event revealField sends to a long table: the row to render and the field in it to focus. */
const revealEvent = 'vgcopy:reveal-row';

interface RevealDetail {
  index: number;
  field: string;
}

/**
 * Brings a field of an unrendered row into view and focuses it, for the "Fix on …" links of the checks
 * (`sourceVg.disks.699.pvid` is in row 700 of the table whose data-rows is `sourceVg.disks`). Returns
 * whether a table holds that field.
 */
export function revealField(field: string): boolean {
  for (const table of document.querySelectorAll<HTMLElement>('[data-rows]')) {
    const rest = field.slice((table.dataset.rows ?? '').length);
    const match = field.startsWith(`${table.dataset.rows}.`) ? /^\.(\d+)(\.|$)/.exec(rest) : null;
    if (!match) continue;
    const detail: RevealDetail = { index: Number(match[1]), field };
    table.dispatchEvent(new CustomEvent(revealEvent, { detail }));
    return true;
  }
  return false;
}

/** The elements of a row that Tab stops at, in order. */
function tabStops(row: Element): HTMLElement[] {
  return [
    ...row.querySelectorAll<HTMLElement>('input, select, textarea, button, [href], [tabindex="0"]'),
  ].filter((e) => !e.hasAttribute('disabled'));
}

/** A row the find box focused (one without fields) shows it as a control would. */
const focusedRow = 'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600';

/** Where the focus goes once a row is rendered: its first or last stop, or a named field in it. */
interface Target {
  index: number;
  to: 'first' | 'last' | 'found';
  field?: string;
}

/** How a table looks: a form of inputs, names in a fixed font, or the simulator's compact picture. */
const looks = {
  form: {
    caption: 'text-left font-medium text-slate-800',
    table: 'w-full border-collapse text-sm',
    header: 'px-2 py-1 font-medium',
    row: 'border-b border-slate-200 align-top',
    rowHeight: 40,
  },
  names: {
    caption: 'text-left font-medium text-slate-800',
    table: 'w-full border-collapse font-mono text-sm',
    header: 'px-2 py-1 font-sans',
    row: 'border-b border-slate-200',
    rowHeight: 30,
  },
  picture: {
    caption: 'text-left text-sm font-semibold text-slate-800',
    table: 'mt-1 w-full border-collapse text-left text-xs',
    header: 'border-b border-slate-300 px-1 py-0.5 font-medium text-slate-600',
    row: '',
    rowHeight: 22,
  },
};

export interface VirtualTableProps {
  /** Names the table, and the region it scrolls in once long. */
  caption: string;
  /** The caption is read by screen readers only (a heading above already says it). */
  captionHidden?: boolean;
  look: keyof typeof looks;
  /** The column headers; one given as `{ hidden }` is read by screen readers only (a column of buttons). */
  headers: readonly (string | { hidden: string })[];
  count: number;
  /** The cells of row `index`; rows are memoised components, so scrolling re-renders none that is kept. */
  cells(index: number): ReactNode;
  /** A row's own classes besides its look's (a changed row, a duplicate). */
  rowClassName?(index: number): string;
  /** What a find matches in row `index`. */
  texts(index: number): readonly string[];
  /** The find box's label, e.g. "Find a disk". */
  findLabel: string;
  /** The dotted path of the rows in the facts, for revealField (e.g. 'sourceVg.disks'). */
  rowsPath?: string;
}

export function VirtualTable({
  caption,
  captionHidden,
  look,
  headers,
  count,
  cells,
  rowClassName,
  texts,
  findLabel,
  rowsPath,
}: VirtualTableProps) {
  const style = looks[look];
  const long = count >= longTableRows;
  const scrollRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  // The focused row and the row about to take the focus are rendered wherever the view is.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const kept = [focused, target?.index].filter(
        (i): i is number => i !== null && i !== undefined && i < range.count,
      );
      return [...new Set([...defaultRangeExtractor(range), ...kept])].sort((a, b) => a - b);
    },
    [focused, target],
  );
  const virtualizer = useVirtualizer({
    count,
    enabled: long,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => style.rowHeight,
    overscan: 6,
    rangeExtractor,
  });

  useLayoutEffect(() => {
    if (!target) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${target.index}"]`);
    if (!row) return;
    const stops = tabStops(row);
    const named = target.field
      ? row.querySelector<HTMLElement>(`[data-field="${CSS.escape(target.field)}"]`)
      : null;
    const element = named ?? (target.to === 'last' ? stops.at(-1) : stops[0]) ?? row;
    element.focus({ preventScroll: true });
    row.scrollIntoView({ block: target.to === 'first' || target.to === 'last' ? 'nearest' : 'center' });
    setTarget(null);
  });

  useEffect(() => {
    const region = scrollRef.current;
    if (!region || !long) return;
    const reveal = (e: Event) => {
      const { index, field } = (e as CustomEvent<RevealDetail>).detail;
      if (index < count) setTarget({ index, to: 'found', field });
    };
    region.addEventListener(revealEvent, reveal);
    return () => region.removeEventListener(revealEvent, reveal);
  }, [long, count]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'Tab' || !long || !(e.target instanceof HTMLElement)) return;
    const row = e.target.closest<HTMLElement>('tr[data-index]');
    if (!row) return;
    const stops = tabStops(row);
    const next = Number(row.dataset.index) + (e.shiftKey ? -1 : 1);
    const atEdge = e.target === (e.shiftKey ? stops[0] : stops.at(-1));
    const rendered = bodyRef.current?.querySelector(`tr[data-index="${next}"]`);
    if (!atEdge || next < 0 || next >= count || rendered) return;
    e.preventDefault();
    setTarget({ index: next, to: e.shiftKey ? 'last' : 'first' });
  };

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const index = e.target.closest('tr[data-index]')?.getAttribute('data-index');
    const now = index == null ? null : Number(index);
    if (now !== focused) setFocused(now);
  };
  // Focus gone to another control of the page: its row need not stay rendered. (A window losing the focus
  // names no control; the row stays, so the focus is still there when the admin comes back.)
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setFocused(null);
  };

  const row = (index: number) => (
    <tr
      key={index}
      data-index={index}
      aria-rowindex={index + 2}
      ref={long ? virtualizer.measureElement : undefined}
      // Focusable from script only: the find box moves the focus to a row that has no field.
      tabIndex={long ? -1 : undefined}
      className={`${style.row} ${long ? focusedRow : ''} ${rowClassName?.(index) ?? ''}`}
    >
      {cells(index)}
    </tr>
  );
  const spacer = (key: string, height: number) =>
    height > 0 && (
      // Stands for rows not rendered: nothing in it to read or focus.
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no control
      <tr key={key} aria-hidden="true">
        <td colSpan={headers.length} style={{ height, padding: 0 }} />
      </tr>
    );

  let body: ReactNode[];
  if (long) {
    // Rows not rendered are stood for by empty rows of their height, so the scroll bar is the whole table's.
    body = [];
    let end = 0;
    for (const item of virtualizer.getVirtualItems()) {
      body.push(spacer(`gap-${item.index}`, item.start - end), row(item.index));
      end = item.end;
    }
    body.push(spacer('gap-end', virtualizer.getTotalSize() - end));
  } else {
    body = Array.from({ length: count }, (_, i) => row(i));
  }

  const table = (
    <table className={style.table} aria-rowcount={count + 1}>
      <caption className={captionHidden ? 'sr-only' : style.caption}>{caption}</caption>
      <thead className={long ? 'sticky top-0 z-10 bg-white' : undefined}>
        <tr aria-rowindex={1} className="border-b border-slate-300 text-left">
          {headers.map((h) =>
            typeof h === 'string' ? (
              <th key={h} scope="col" className={style.header}>
                {h}
              </th>
            ) : (
              <th key={h.hidden} scope="col" className={style.header}>
                <span className="sr-only">{h.hidden}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
        {body}
      </tbody>
    </table>
  );
  if (!long) return table;
  return (
    <>
      <FindRow
        label={findLabel}
        count={count}
        texts={texts}
        onFound={(index) => setTarget({ index, to: 'found' })}
      />
      <section
        ref={scrollRef}
        aria-label={caption}
        data-rows={rowsPath}
        className="max-h-[32rem] overflow-auto scroll-pt-10"
        // A scrolling region must be reachable by keyboard even when its rows hold no field.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        tabIndex={0}
      >
        {table}
      </section>
    </>
  );
}
