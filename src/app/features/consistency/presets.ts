/**
 * Application presets: the commands that put a database into hot-backup mode around the copy and take
 * it out again (docs/procedure.md: DB2 write suspend, Oracle begin/end backup). The admin can edit them.
 */
import type { Application } from '../../../core/model/facts';

/** A new application entry of the given kind; `name` is the database name the commands use. */
export function presetApplication(kind: Application['kind'], name: string): Application {
  // Whether it runs during the copy and recovers from a crash decide whether production is stopped: the
  // admin answers them (docs/unanswered.md).
  const base = { kind, name, owner: '', running: null, crashRecoverable: null, fileSystems: [] };
  switch (kind) {
    case 'db2':
      // DB2: write suspend holds writes to the table spaces and logs; the CLP keeps the connection
      // between the two db2 calls of one shell session.
      return {
        ...base,
        hotBackupStart: `db2 connect to ${name || 'DBNAME'} && db2 set write suspend for database`,
        hotBackupEnd: `db2 connect to ${name || 'DBNAME'} && db2 set write resume for database`,
      };
    case 'oracle':
      return {
        ...base,
        hotBackupStart: "echo 'ALTER DATABASE BEGIN BACKUP;' | sqlplus -s / as sysdba",
        hotBackupEnd: "echo 'ALTER DATABASE END BACKUP;' | sqlplus -s / as sysdba",
      };
    default:
      return { ...base, hotBackupStart: '', hotBackupEnd: '' };
  }
}

/**
 * The application with a new name: commands still as the preset wrote them for the old name follow the
 * new one, so a DB2 added before its name is known does not keep `connect to DBNAME`; edited ones stay.
 */
export function renamedApplication(app: Application, name: string): Application {
  const before = presetApplication(app.kind, app.name);
  const after = presetApplication(app.kind, name);
  return {
    ...app,
    name,
    hotBackupStart: app.hotBackupStart === before.hotBackupStart ? after.hotBackupStart : app.hotBackupStart,
    hotBackupEnd: app.hotBackupEnd === before.hotBackupEnd ? after.hotBackupEnd : app.hotBackupEnd,
  };
}
