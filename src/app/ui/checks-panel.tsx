/**
 * The checks panel: the engine's findings for the runbook, grouped by severity, updated as the admin
 * types. Each finding says what is wrong, how to fix it, why (one click away), and links to the field
 * (or page) where it is fixed. The findings follow typing a frame or two behind (use-engine.ts): while
 * they are those of older facts, the panel says it is updating (aria-busy, and "updating…"), so an old
 * result never reads as the current one, and dims them once they lag noticeably.
 */
import { memo, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { wizardSteps } from '../../core/wizard-steps';
import type { Finding, Severity } from '../../core/engine-types';
import { Why } from './why';

const groups: { severity: Severity; title: string; tone: string }[] = [
  { severity: 'blocker', title: 'Blockers', tone: 'border-red-700' },
  { severity: 'warning', title: 'Warnings', tone: 'border-amber-600' },
  { severity: 'advice', title: 'Advice', tone: 'border-brand-600' },
];

/** The link to where a finding is fixed: its page, and the field to focus there. */
export function fixLink(runbookId: string, f: Finding): string {
  return `/runbooks/${runbookId}/${f.step}${f.field ? `#fix=${f.field}` : ''}`;
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** One-line summary of the findings: "1 blocker, 2 warnings, 0 advice". */
export function summarize(findings: readonly Finding[]): string {
  const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${count(by('blocker'), 'blocker')}, ${count(by('warning'), 'warning')}, ${by('advice')} advice`;
}

function FindingItem({ runbookId, finding }: { runbookId: string; finding: Finding }) {
  const page = wizardSteps.find((s) => s.id === finding.step)?.title ?? finding.step;
  return (
    <li className="py-2">
      <p className="font-medium">{finding.finding}</p>
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-medium">Fix:</span> {finding.fix}
      </p>
      <Link
        className="text-sm text-brand-700 underline"
        to={fixLink(runbookId, finding)}
        aria-label={`Fix on ${page}: ${finding.finding}`}
      >
        Fix on {page}
      </Link>
      <Why>{finding.reason}</Why>
    </li>
  );
}

/** The findings by severity; drawn again only when they change (a big VG has hundreds). */
export const FindingGroups = memo(function FindingGroups({
  runbookId,
  findings,
}: {
  runbookId: string;
  findings: readonly Finding[];
}) {
  return (
    <>
      {groups.map(({ severity, title, tone }) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity} aria-label={title} className={`mt-3 border-l-4 pl-3 ${tone}`}>
            <h3 className="font-semibold">
              {title} ({list.length})
            </h3>
            <ul className="divide-y divide-slate-200">
              {list.map((f) => (
                <FindingItem
                  key={`${f.id}:${f.field ?? ''}:${f.finding}`}
                  runbookId={runbookId}
                  finding={f}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
});

/**
 * The findings are dimmed once they lag this long. Each keystroke's checks lag a frame or two: dimming
 * them for that would only flicker, and repaint the whole panel twice per keystroke.
 */
const dimAfterMs = 150;

/** Whether `on` has held for `ms` milliseconds. */
function useLasting(on: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    setLasting(false);
    if (!on) return;
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && lasting;
}

export const ChecksPanel = memo(function ChecksPanel({
  runbookId,
  findings,
  updating,
}: {
  runbookId: string;
  findings: readonly Finding[];
  /** The facts changed since these findings: their checks are being run. */
  updating: boolean;
}) {
  const dimmed = useLasting(updating, dimAfterMs);
  // A mark per update, for the benchmark (e2e/on-demand/input-latency.spec.ts reads them).
  useEffect(() => {
    performance.mark('vgcopy:checks-updated', { detail: findings.length });
  }, [findings]);
  return (
    <aside
      aria-labelledby="checks-title"
      aria-busy={updating}
      className="no-print rounded border border-slate-300 bg-white p-4 text-sm"
    >
      <h2 id="checks-title" className="flex items-baseline justify-between text-lg font-semibold">
        Checks
        {/* Not announced: aria-busy holds the status back until the checks have caught up. */}
        <span
          aria-hidden="true"
          className={`text-xs font-normal text-slate-600 ${updating ? '' : 'invisible'}`}
        >
          updating…
        </span>
      </h2>
      <div className={dimmed ? 'opacity-60' : undefined}>
        <p role="status" className="mt-1 text-slate-700">
          {findings.length === 0 ? 'No problem found so far.' : summarize(findings)}
        </p>
        <FindingGroups runbookId={runbookId} findings={findings} />
      </div>
    </aside>
  );
});
