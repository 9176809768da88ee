/**
 * A shell script shown with syntax highlighting. highlight.js (its core and the bash language only) loads
 * with this module, which the review page imports lazily, so it never weighs on the first page.
 *
 * A big VG's script is 1,600 lines and a quarter of a megabyte, which highlight.js takes a good part of a
 * second to colour and the browser long to lay out. So the box draws only the lines in view
 * (@tanstack/react-virtual, as virtual-table.tsx does for long tables), and colours a piece of the script
 * (code-lines.ts) when one of its lines first comes into view. What the admin needs of the whole script
 * stays whole: "Copy script" and the downloads take every line (export-panel.tsx), and a find box stands
 * in for the browser's Ctrl+F, which cannot see lines not drawn. A screen reader reads the lines drawn,
 * the box scrolls by keyboard, and the find box says which line it found.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import 'highlight.js/styles/a11y-light.css';
import { useMemo, useRef, useState } from 'react';
import { type CodePieces, codePieces, markupLines, pieceText } from './code-lines';
import { FindRow } from './find-row';

hljs.registerLanguage('bash', bash);

/** A line's height before it is measured: text-sm's line height (leading-5) at the browser's default size. */
const lineHeight = 20;
/** The box's padding above and below the lines (p-3). */
const padding = 12;
/** From this many lines on the box has its own find: more than the box shows at once. */
const findFrom = 50;

/** The markup of a line of `cut`, its piece coloured the first time one of its lines is asked for. */
function lineColourer(cut: CodePieces): (line: number) => string {
  const coloured = new Map<number, string[]>();
  return (line) => {
    const piece = cut.pieceOf[line];
    let lines = coloured.get(piece);
    if (!lines) {
      lines = markupLines(hljs.highlight(pieceText(cut, piece), { language: 'bash' }).value);
      coloured.set(piece, lines);
    }
    return lines[line - cut.starts[piece]];
  };
}

export default function CodeBlock({ code, label }: { code: string; label: string }) {
  const cut = useMemo(() => codePieces(code), [code]);
  const markup = useMemo(() => lineColourer(cut), [cut]);
  // The widest line sets the box's scroll width, whichever lines are drawn.
  const columns = useMemo(() => cut.lines.reduce((widest, line) => Math.max(widest, line.length), 0), [cut]);
  const scrollRef = useRef<HTMLElement>(null);
  const [found, setFound] = useState<number>();
  const virtualizer = useVirtualizer({
    count: cut.lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => lineHeight,
    paddingStart: padding,
    paddingEnd: padding,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? padding;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? padding);
  return (
    <>
      {cut.lines.length >= findFrom && (
        <div className="mt-2">
          <FindRow
            label={`Find in ${label.toLowerCase()}`}
            unit="line"
            onward
            count={cut.lines.length}
            texts={(i) => [cut.lines[i]]}
            onFound={(i) => {
              setFound(i);
              virtualizer.scrollToIndex(i, { align: 'center' });
              // The box itself may be out of the page's view, below the find box.
              scrollRef.current?.scrollIntoView({ block: 'nearest' });
            }}
          />
          <p className="text-sm text-slate-600">
            {cut.lines.length} lines; the box draws those in view. Copy or download the script to have it
            whole.
          </p>
        </div>
      )}
      <section
        ref={scrollRef}
        aria-label={label}
        className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300 bg-white text-sm"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <pre className="px-3" style={{ minWidth: `calc(${columns}ch + ${2 * padding}px)` }}>
          <code className="hljs language-bash block overflow-visible! p-0!">
            <span aria-hidden="true" className="block" style={{ height: above }} />
            {items.map((item) => (
              <span
                key={item.index}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={`block min-h-5 leading-5 whitespace-pre ${item.index === found ? 'bg-yellow-100' : ''}`}
                // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output, escaped by it
                dangerouslySetInnerHTML={{ __html: markup(item.index) }}
              />
            ))}
            <span aria-hidden="true" className="block" style={{ height: below }} />
          </code>
        </pre>
      </section>
    </>
  );
}
