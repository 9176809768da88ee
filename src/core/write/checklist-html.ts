/**
 * The checklist as a print-ready HTML page (the browser's print gives the PDF): the same groups as the
 * Markdown, checkboxes, commands in monospace, sign-off lines, page breaks kept out of a step.
 * Every text is HTML-escaped; the page loads nothing from outside.
 */
import { copyTitle } from '../model/copy-set';
import type { Facts } from '../model/facts';
import type { RunbookPlan } from '../plan/types';
import { type Db2CopySection, db2CopySection, inlineCodeParts } from './checklist-db2';
import { type ChecklistOptions, isTicked, tickedLine } from './checklist-markdown';
import {
  backOuts,
  backOutText,
  checklistGroups,
  ownerTitles,
  phaseTitles,
  productionStateLines,
} from './checklist-model';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const style = `
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.5em; }
h3 { font-size: 11pt; margin-bottom: .3em; }
ol { list-style: none; padding: 0; } li { break-inside: avoid; margin: .6em 0; }
li label { font-weight: 600; } pre { background: #f3f3f3; padding: .4em .6em; margin: .3em 0 .3em 1.6em; white-space: pre-wrap; }
dl { margin: 0 0 0 1.6em; display: grid; grid-template-columns: max-content 1fr; gap: 0 .6em; }
dt { font-weight: 600; } dd { margin: 0; }
.signoff { margin: .8em 0 1.2em; } .finding { margin: .2em 0; }
@media print { body { margin: 0; } input[type=checkbox] { -webkit-appearance: none; appearance: none; border: 1px solid #000; width: .9em; height: .9em; } }
`.trim();

/** Escaped text with its `inline code` in <code>. */
function inlineHtml(text: string): string {
  return inlineCodeParts(text)
    .map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text)))
    .join('');
}

/** The "DB2 on the copy" section, from the same content as the Markdown's (./checklist-db2.ts). */
function db2CopyHtml(section: Db2CopySection | undefined): string[] {
  if (!section) return [];
  const e = escapeHtml;
  return [
    `<h2>${e(section.title)}</h2>`,
    ...section.databases.flatMap((db) => [
      `<p>${inlineHtml(db.text)}</p>`,
      ...(db.relocation
        ? [`<pre>${e(db.relocation.join('\n'))}</pre>`, '<p>Then, as the instance owner:</p>']
        : []),
      `<pre>${e(db.commands.join('\n'))}</pre>`,
    ]),
    '<p>db2inidb modes:</p>',
    '<ul>',
    ...section.modes.map((m) => `<li><code>${e(m.mode)}</code>: ${e(m.text)}</li>`),
    '</ul>',
  ];
}

export function writeChecklistHtml(facts: Facts, plan: RunbookPlan, options: ChecklistOptions): string {
  const e = escapeHtml;
  const title = `Checklist: ${copyTitle(facts)}`;
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(title)}</h1>`,
    `<p>Generated ${e(options.generatedAt)} by vgcopy ${e(options.version)}${facts.hostname ? ` for host ${e(facts.hostname)}` : ''}.</p>`,
    `<p>Access: ${e(plan.access.reason)}</p>`,
    ...tickedLine(options).map((l) => `<p>${e(l)}</p>`),
  ];
  const findings = options.findings ?? [];
  if (findings.length > 0) {
    out.push('<h2>Findings</h2>');
    for (const f of findings)
      out.push(`<p class="finding"><strong>${e(f.severity)}</strong>: ${e(f.finding)} ${e(f.fix)}</p>`);
  }
  const backOut = new Map(backOuts(plan).map((b) => [b.number, backOutText(b)]));
  let phase = '';
  for (const g of checklistGroups(plan)) {
    if (g.phase !== phase) {
      phase = g.phase;
      out.push(`<h2>${e(phaseTitles[g.phase])}</h2>`);
    }
    out.push(`<h3>${e(ownerTitles[g.owner])}</h3>`, '<ol>');
    for (const { number, step } of g.steps) {
      const id = `step-${number}`;
      out.push(
        '<li>',
        `<input type="checkbox" id="${id}"${isTicked(options, step.id) ? ' checked' : ''}> <label for="${id}">${number}. ${e(step.title)}</label>`,
        ...(step.commands.length > 0 ? [`<pre>${e(step.commands.join('\n'))}</pre>`] : []),
        '<dl>',
        `<dt>Expect</dt><dd>${e(step.expect)}</dd>`,
        `<dt>Verify</dt><dd>${e(step.verify)}</dd>`,
        `<dt>Why</dt><dd>${e(step.why)}</dd>`,
        `<dt>If it fails</dt><dd>${e(step.onFailure)}</dd>`,
        ...(backOut.has(number) ? [`<dt>Back out</dt><dd>${e(backOut.get(number) ?? '')}</dd>`] : []),
        '</dl>',
        '</li>',
      );
    }
    out.push(
      '</ol>',
      `<p class="signoff">Signed off (${e(ownerTitles[g.owner])}): ______________________ Date/time: ______________</p>`,
    );
  }
  out.push(...db2CopyHtml(db2CopySection(facts, plan)));
  const [intro, ...rest] = productionStateLines(plan);
  out.push(
    '<h2>Production state if the run stops</h2>',
    `<p>${e(intro)}</p>`,
    '<ul>',
    ...rest.map((l) => `<li>${e(l)}</li>`),
    '</ul>',
    '<p class="signoff">Production at the end of the window: ☐ as found ☐ not restored; who acts: ______________________</p>',
  );
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
