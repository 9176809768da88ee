/**
 * A shell script shown with syntax highlighting. highlight.js (its core and the bash language only) loads
 * with this module, which the review page imports lazily, so it never weighs on the first page.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import 'highlight.js/styles/a11y-light.css';
import { useMemo } from 'react';

hljs.registerLanguage('bash', bash);

export default function CodeBlock({ code, label }: { code: string; label: string }) {
  // highlight.js escapes the code itself; its output is markup of spans around escaped text.
  const html = useMemo(() => hljs.highlight(code, { language: 'bash' }).value, [code]);
  return (
    <section
      aria-label={label}
      className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300 bg-white text-sm"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <pre className="p-3">
        <code
          className="hljs language-bash overflow-visible! p-0!"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output, see above
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </pre>
    </section>
  );
}
