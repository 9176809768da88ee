/**
 * The Markdown of the course's steps, as React elements (never as HTML, so no text can inject markup):
 * paragraphs, "- " lists, `code` and **bold**, the little the lessons are written in.
 */
import type { ReactNode } from 'react';

/** The parts of a text split by `pattern`, each with where it starts (a key that stays with the part). */
function parts(text: string, pattern: RegExp): { at: number; part: string }[] {
  let at = 0;
  return text.split(pattern).map((part) => {
    const item = { at, part };
    at += part.length;
    return item;
  });
}

/** `code` and **bold** inside one paragraph or list item. */
function inline(text: string): ReactNode[] {
  return parts(text, /(`[^`]+`|\*\*[^*]+\*\*)/).map(({ at, part }) => {
    if (part.length > 1 && part.startsWith('`') && part.endsWith('`'))
      return (
        <code key={at} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">
          {part.slice(1, -1)}
        </code>
      );
    if (part.length > 3 && part.startsWith('**') && part.endsWith('**'))
      return <strong key={at}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

export function Markdown({ text }: { text: string }) {
  return (
    <>
      {parts(text, /(\n\s*\n)/)
        .filter(({ part }) => part.trim() !== '')
        .map(({ at, part }) => {
          const lines = part.trim().split('\n');
          return lines.every((line) => line.startsWith('- ')) ? (
            <ul key={at} className="list-disc pl-5">
              {lines.map((line) => (
                <li key={line}>{inline(line.slice(2))}</li>
              ))}
            </ul>
          ) : (
            <p key={at} className="mt-1 first:mt-0">
              {inline(part.trim())}
            </p>
          );
        })}
    </>
  );
}
