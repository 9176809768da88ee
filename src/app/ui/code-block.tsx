/**
 * A shell script shown with syntax highlighting. highlight.js (its core and the bash language only) loads
 * with this module, which the review page imports lazily, so it never weighs on the first page.
 *
 * A big VG's script is a quarter of a megabyte, which highlight.js takes a good part of a second to
 * colour. So the script shows at once, its first lines coloured, and the rest is coloured a piece at a
 * time, one piece per task, so the page answers meanwhile. The text is the same throughout: only the
 * colours come later.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import 'highlight.js/styles/a11y-light.css';
import { useEffect, useMemo, useState } from 'react';

hljs.registerLanguage('bash', bash);

/** Lines per piece: more than the box shows at once, and a few milliseconds of highlight.js. */
const pieceLines = 100;

/**
 * The script in pieces of about `pieceLines` lines, each ending after a blank line where one comes soon:
 * highlight.js colours each piece on its own, and a quoted string across a cut would be coloured wrongly.
 */
function piecesOf(code: string): string[] {
  const lines = code.split(/(?<=\n)/);
  const pieces: string[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(lines.length, start + pieceLines);
    while (end < lines.length && end < start + 2 * pieceLines && lines[end - 1] !== '\n') end++;
    pieces.push(lines.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** highlight.js escapes the code itself; its output is markup of spans around escaped text. */
const coloured = (piece: string) => hljs.highlight(piece, { language: 'bash' }).value;

export default function CodeBlock({ code, label }: { code: string; label: string }) {
  const pieces = useMemo(() => piecesOf(code), [code]);
  const first = useMemo(() => coloured(pieces[0] ?? ''), [pieces]);
  // The pieces after the first, coloured so far (of these pieces: a new script starts again).
  const [later, setLater] = useState<{ of: string[]; html: string[] }>({ of: pieces, html: [] });
  const done = later.of === pieces ? later.html : [];
  useEffect(() => {
    const html: string[] = [];
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      if (html.length + 1 >= pieces.length) return;
      html.push(coloured(pieces[html.length + 1]));
      setLater({ of: pieces, html: [...html] });
      timer = setTimeout(next);
    };
    timer = setTimeout(next);
    return () => clearTimeout(timer);
  }, [pieces]);
  return (
    <section
      aria-label={label}
      className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300 bg-white text-sm"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <pre className="p-3">
        <code className="hljs language-bash overflow-visible! p-0!">
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output, see above */}
          <span dangerouslySetInnerHTML={{ __html: first }} />
          {pieces.slice(1).map((piece, i) =>
            done[i] === undefined ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the pieces follow the script's order
              <span key={i}>{piece}</span>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey lint/security/noDangerouslySetInnerHtml: as above
              <span key={i} dangerouslySetInnerHTML={{ __html: done[i] }} />
            ),
          )}
        </code>
      </pre>
    </section>
  );
}
