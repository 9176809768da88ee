/**
 * docs/procedure.md: a running application copied live "is put into hot-backup / quiesced mode if it has one";
 * DB2 (write suspend) and Oracle (begin/end backup) have their own online-copy procedures.
 */
import { defineCheck } from './check';

const procedures: Record<string, string> = {
  db2: 'db2 set write suspend for database / db2 set write resume for database',
  oracle: 'alter database begin backup / alter database end backup',
};

export const hotBackupNotPlanned = defineCheck('hot-backup-not-planned', ({ facts, layout }) => {
  if (!layout.live) return [];
  return facts.applications.flatMap((app, i) => {
    if (!app.running || !(app.kind in procedures)) return [];
    if (app.hotBackupStart.trim() && app.hotBackupEnd.trim()) return [];
    return [
      {
        severity: 'warning' as const,
        finding: `${app.name || app.kind.toUpperCase()} runs during the copy without hot-backup commands.`,
        reason:
          'Putting the database in hot-backup (write-suspend) mode around the copy makes its recovery on the copy quick and safe.',
        fix: `Enter the commands that start and end hot-backup mode (${procedures[app.kind]}).`,
        step: 'consistency' as const,
        field: `applications.${i}.hotBackupStart`,
      },
    ];
  });
});
