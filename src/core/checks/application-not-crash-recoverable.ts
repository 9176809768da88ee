/**
 * docs/procedure.md: "An application that cannot recover from a crash must be stopped, and its file systems
 * unmounted, before the copy." A live copy is a crash image.
 */
import { defineCheck, listNames } from './check';

export const applicationNotCrashRecoverable = defineCheck(
  'application-not-crash-recoverable',
  ({ facts, layout }) => {
    if (!layout.live) return [];
    const apps = facts.applications.filter((a) => a.kind !== 'none' && a.running && !a.crashRecoverable);
    if (apps.length === 0) return [];
    return [
      {
        severity: 'blocker',
        finding: `${listNames(apps.map((a) => a.name || a.kind))} keeps running during a live copy but cannot recover from a crash.`,
        reason:
          'A copy of mounted file systems is what a crash leaves behind; an application that cannot recover from a crash cannot use it.',
        fix: 'Stop the application and unmount its file systems before the copy (approach: unmount).',
        step: 'consistency',
        field: 'consistency.approach',
      },
    ];
  },
);
