/**
 * The checklist's "DB2 on the copy" section on the review page (and so on the printed checklist): the same
 * content as the Markdown and HTML checklists give it (core/write/checklist-db2.ts).
 */
import type { Db2CopySection } from '../../../core/write/checklist-db2';
import { inlineCodeParts } from '../../../core/write/checklist-db2';

const codeBlock =
  'mt-2 whitespace-pre-wrap break-all rounded bg-slate-900 px-3 py-2 text-sm text-slate-50 print:bg-slate-100 print:text-black';

function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineCodeParts(text).map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered
        p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

export function Db2OnCopy({ section }: { section: Db2CopySection }) {
  return (
    <section aria-labelledby="review-db2" className="print-keep mt-8">
      <h2 id="review-db2" className="text-xl font-semibold">
        {section.title}
      </h2>
      {section.databases.map((db) => (
        <div key={db.commands.join('\n')} className="mt-2">
          <p className="text-slate-700">
            <Inline text={db.text} />
          </p>
          {db.relocation && (
            <>
              <pre className={codeBlock}>
                <code>{db.relocation.join('\n')}</code>
              </pre>
              <p className="mt-2 text-slate-700">Then, as the instance owner:</p>
            </>
          )}
          <pre className={codeBlock}>
            <code>{db.commands.join('\n')}</code>
          </pre>
        </div>
      ))}
      <p className="mt-2 text-slate-700">db2inidb modes:</p>
      <ul className="list-disc pl-6 text-slate-700">
        {section.modes.map((m) => (
          <li key={m.mode}>
            <code>{m.mode}</code>: {m.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
