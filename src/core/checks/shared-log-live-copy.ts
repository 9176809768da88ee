/**
 * docs/procedure.md, live copies: "preferably each file system has its own log, or an inline log"; under the
 * unsupported fallback: "otherwise never log several file systems to one log".
 */
import { defineCheck, listNames } from './check';
import { fileSystemsByLog } from './log-placement';

export const sharedLogLiveCopy = defineCheck('shared-log-live-copy', ({ facts, layout }) => {
  if (!layout.live) return [];
  const shared = [...fileSystemsByLog(facts.sourceVg.fileSystems)].filter(([, mps]) => mps.length > 1);
  if (shared.length === 0) return [];
  const fallback = facts.consistency.approach === 'unsupported-fallback';
  return shared.map(([log, mps]) => ({
    severity: fallback ? ('warning' as const) : ('advice' as const),
    finding: `${listNames(mps)} share the log ${log} and are copied while mounted.`,
    reason:
      'A live copy replays each log on the copy; one log per file system, or an inline log, keeps a problem in one file system from reaching the others.',
    fix: 'Prefer JFS2 with an inline log, or one log per file system.',
    step: 'consistency' as const,
    field: 'consistency.approach',
  }));
});
