/**
 * How the CLI prints the checks and the plan's decision: one block per finding, blockers first.
 */
import type { Finding } from '../core/engine-types';

const labels = { blocker: 'BLOCKER', warning: 'WARNING', advice: 'ADVICE ' } as const;

export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Checks: nothing to report.\n';
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const lines = [
    `Checks: ${count('blocker')} blocker(s), ${count('warning')} warning(s), ${count('advice')} advice.`,
  ];
  for (const f of findings) {
    lines.push(
      '',
      `${labels[f.severity]}  ${f.id}: ${f.finding}`,
      `         why: ${f.reason}`,
      `         fix: ${f.fix} (wizard page: ${f.step}${f.field ? `, field: ${f.field}` : ''})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
