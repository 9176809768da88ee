/**
 * The checklist as Markdown: phases as headings, each owner's steps with a checkbox, the commands, what to
 * expect and how to verify, how a change to the source is backed out, a sign-off line for each owner and
 * phase, and the production-state section at the end.
 */
import { copyTitle } from '../model/copy-set';
import type { Finding } from '../engine-types';
import type { Facts } from '../model/facts';
import type { RunbookPlan } from '../plan/types';
import { db2CopyMarkdown } from './checklist-db2';
import {
  backOuts,
  backOutText,
  checklistGroups,
  ownerTitles,
  phaseTitles,
  productionStateLines,
} from './checklist-model';

export interface ChecklistOptions {
  generatedAt: string;
  version: string;
  /** Findings to list at the top (warnings and advice the team should know). */
  findings?: Finding[];
  /** The steps a run record shows done (run, or skipped as already done), ticked; `from` says which run. */
  ticked?: { steps: readonly string[]; from: string };
}

/** The line under the title that says where the ticks come from. */
export function tickedLine(options: ChecklistOptions): string[] {
  return options.ticked ? [`Ticked from the run record: ${options.ticked.from}.`] : [];
}

/** Whether the step's box is ticked. */
export function isTicked(options: ChecklistOptions, id: string): boolean {
  return options.ticked?.steps.includes(id) ?? false;
}

export function writeChecklistMarkdown(facts: Facts, plan: RunbookPlan, options: ChecklistOptions): string {
  const lines = [
    `# Checklist: ${copyTitle(facts)}`,
    '',
    `Generated ${options.generatedAt} by vgcopy ${options.version}${facts.hostname ? ` for host ${facts.hostname}` : ''}.`,
    `Access: ${plan.access.reason}`,
    ...tickedLine(options),
    '',
  ];
  const findings = options.findings ?? [];
  if (findings.length > 0) {
    lines.push('## Findings', '');
    for (const f of findings) lines.push(`- **${f.severity}**: ${f.finding} ${f.fix}`);
    lines.push('');
  }
  const backOut = new Map(backOuts(plan).map((b) => [b.number, backOutText(b)]));
  let phase = '';
  for (const g of checklistGroups(plan)) {
    if (g.phase !== phase) {
      phase = g.phase;
      lines.push(`## ${phaseTitles[g.phase]}`, '');
    }
    lines.push(`### ${ownerTitles[g.owner]}`, '');
    for (const { number, step } of g.steps) {
      lines.push(`- [${isTicked(options, step.id) ? 'x' : ' '}] **${number}. ${step.title}**`);
      if (step.commands.length > 0)
        lines.push('', '  ```sh', ...step.commands.map((c) => `  ${c}`), '  ```', '');
      lines.push(
        `  - Expect: ${step.expect}`,
        `  - Verify: ${step.verify}`,
        `  - Why: ${step.why}`,
        `  - If it fails: ${step.onFailure}`,
      );
      const back = backOut.get(number);
      if (back) lines.push(`  - Back out: ${back}`);
    }
    lines.push(
      '',
      `Signed off (${ownerTitles[g.owner]}): ______________________  Date/time: ______________`,
      '',
    );
  }
  lines.push(...db2CopyMarkdown(facts, plan));
  const [intro, ...rest] = productionStateLines(plan);
  lines.push(
    '## Production state if the run stops',
    '',
    intro,
    '',
    ...rest.map((l) => `- ${l}`),
    '',
    'Production at the end of the window: [ ] as found  [ ] not restored; who acts: ______________________',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
