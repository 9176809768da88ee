/**
 * The checklist as Markdown: phases as headings, each owner's steps with a checkbox, the commands, what to
 * expect and how to verify, and a sign-off line for each owner and phase.
 */
import type { Finding } from '../engine-types';
import type { Facts } from '../model/facts';
import type { RunbookPlan } from '../plan/types';
import { checklistGroups, ownerTitles, phaseTitles } from './checklist-model';

export interface ChecklistOptions {
  generatedAt: string;
  version: string;
  /** Findings to list at the top (warnings and advice the team should know). */
  findings?: Finding[];
}

export function writeChecklistMarkdown(facts: Facts, plan: RunbookPlan, options: ChecklistOptions): string {
  const lines = [
    `# Checklist: copy of ${facts.sourceVg.name} as ${facts.newVg.name}`,
    '',
    `Generated ${options.generatedAt} by vgcopy ${options.version}${facts.hostname ? ` for host ${facts.hostname}` : ''}.`,
    `Access: ${plan.access.reason}`,
    '',
  ];
  const findings = options.findings ?? [];
  if (findings.length > 0) {
    lines.push('## Findings', '');
    for (const f of findings) lines.push(`- **${f.severity}**: ${f.finding} ${f.fix}`);
    lines.push('');
  }
  let phase = '';
  for (const g of checklistGroups(plan)) {
    if (g.phase !== phase) {
      phase = g.phase;
      lines.push(`## ${phaseTitles[g.phase]}`, '');
    }
    lines.push(`### ${ownerTitles[g.owner]}`, '');
    for (const { number, step } of g.steps) {
      lines.push(`- [ ] **${number}. ${step.title}**`);
      if (step.commands.length > 0)
        lines.push('', '  ```sh', ...step.commands.map((c) => `  ${c}`), '  ```', '');
      lines.push(
        `  - Expect: ${step.expect}`,
        `  - Verify: ${step.verify}`,
        `  - Why: ${step.why}`,
        `  - If it fails: ${step.onFailure}`,
      );
    }
    lines.push(
      '',
      `Signed off (${ownerTitles[g.owner]}): ______________________  Date/time: ______________`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
