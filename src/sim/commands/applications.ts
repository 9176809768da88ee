/**
 * What the application owners type, so the consistency procedure can be rehearsed end to end
 * (docs/procedure.md "Consistency of the copy"): DB2's write suspend/resume, Oracle's begin/end backup through
 * sqlplus, and `appctl` for other applications' start/stop scripts.
 */
import { fail, ok } from '../command-result';
import { lines } from '../messages';
import type { AppMode } from '../world/disk-image';
import type { AppKind, Application, Host } from '../world/host';
import type { SimCommand } from './command';

function appOf(host: Host, kind: AppKind): Application | undefined {
  return host.apps.find((a) => a.kind === kind);
}

function setMode(app: Application, mode: AppMode): void {
  app.mode = mode;
  if (mode !== 'normal' && mode !== 'hot-backup') app.blockedSince = null;
}

/**
 * db2 "connect to DB": DBAs connect before the write suspend (`db2 connect to PRD && db2 set write
 * suspend for database`). The host's DB2 application is the database of that name; the CLP prints the
 * connection information, or SQL1013N for a database it does not know.
 */
function connect(app: Application, database: string, user: string) {
  if (database.toUpperCase() !== app.name.toUpperCase())
    return fail(
      lines(
        `SQL1013N  The database alias name or database name "${database.toUpperCase()}" could not be found.  SQLSTATE=42705`,
      ),
      4,
    );
  return ok(
    lines(
      '',
      '   Database Connection Information',
      '',
      ' Database server        = DB2/AIX64 11.5.8.0',
      ` SQL authorization ID   = ${user.toUpperCase()}`,
      ` Local database alias   = ${database.toUpperCase()}`,
      '',
    ),
  );
}

/**
 * DB2's CLP works only in an instance's environment: the instance owner's login sources
 * sqllib/db2profile (DB2INSTANCE), so `su - db2inst1 -c 'db2 ...'` works and root's own shell does not.
 * DB2's default instance is db2inst1.
 */
function instanceEnvironment(app: Application, env: ReadonlyMap<string, string>): boolean {
  return Boolean(env.get('DB2INSTANCE')) || env.get('LOGNAME') === (app.owner ?? 'db2inst1');
}

/**
 * db2 "set write suspend for database" / "set write resume for database", and "connect to DB" (DB2 CLP).
 * DB21061E follows DB2's message reference (not in docs/aix-behaviour.md); its exit code 4 is plausible.
 */
export const db2: SimCommand = {
  name: 'db2',
  run(args, ctx) {
    const statement = args.join(' ').trim().toLowerCase().replace(/\s+/g, ' ');
    const app = appOf(ctx.world.host(), 'db2');
    if (!app) return fail(lines('ksh: db2:  not found.'), 127);
    if (!instanceEnvironment(app, ctx.env))
      return fail(lines('DB21061E  Command line environment not initialized.'), 4);
    const database = /^connect to (\S+)$/.exec(statement)?.[1];
    if (database) return connect(app, database, ctx.env.get('LOGNAME') ?? 'root');
    const suspend = /^set write suspend for (database|db)$/.test(statement);
    const resume = /^set write resume for (database|db)$/.test(statement);
    if (!suspend && !resume) {
      return fail(
        lines(
          'DB21034E  The command was processed as an SQL statement because it was not a',
          'valid Command Line Processor command.  During SQL processing it returned:',
          'SQL0104N  An unexpected token was found.  SQLSTATE=42601',
        ),
        4,
      );
    }
    setMode(app, suspend ? 'suspended' : 'normal');
    return ok('DB20000I  The SET WRITE command completed successfully.\n');
  },
  // Only the suspend can be refused so; connects and the resume go through.
  faultable: (args) => /set write suspend/i.test(args.join(' ')),
  faults: {
    // The database refuses to suspend writes (a backup or restore is running); CLP exit 4 on an error.
    // The SQL1550N text follows DB2's message reference (not in docs/aix-behaviour.md).
    'write-suspend-refused': () =>
      fail(lines('SQL1550N  The SET WRITE SUSPEND command failed. Reason code = "1".'), 4),
  },
};

/** sqlplus reading statements from standard input (`sqlplus -s / as sysdba <<EOF ... EOF`). */
export const sqlplus: SimCommand = {
  name: 'sqlplus',
  run(_args, ctx) {
    const app = appOf(ctx.world.host(), 'oracle');
    if (!app) return fail(lines('ksh: sqlplus:  not found.'), 127);
    const out: string[] = [];
    for (const raw of ctx.stdin.split(/;|\n/)) {
      const sql = raw.trim().toLowerCase().replace(/\s+/g, ' ');
      if (sql === '' || sql === 'exit' || sql === 'quit') continue;
      if (sql === 'alter database begin backup') {
        setMode(app, 'hot-backup');
        out.push('', 'Database altered.', '');
      } else if (sql === 'alter database end backup') {
        setMode(app, 'normal');
        out.push('', 'Database altered.', '');
      } else if (sql === 'shutdown immediate') {
        setMode(app, 'stopped');
        out.push('Database closed.', 'Database dismounted.', 'ORACLE instance shut down.');
      } else if (sql === 'startup') {
        setMode(app, 'normal');
        out.push('ORACLE instance started.', 'Database mounted.', 'Database opened.');
      } else {
        out.push(`${raw.trim()}`, '*', 'ERROR at line 1:', 'ORA-00900: invalid SQL statement', '');
      }
    }
    return ok(lines(...out));
  },
  // Only BEGIN BACKUP needs media recovery; the end of backup, startup and shutdown go through.
  faultable: (_args, ctx) => /begin\s+backup/i.test(ctx.stdin),
  faults: {
    // The database runs in NOARCHIVELOG mode; sqlplus still exits 0 (no WHENEVER SQLERROR in a here-document).
    'begin-backup-refused': () =>
      ok(
        lines(
          'alter database begin backup',
          '*',
          'ERROR at line 1:',
          'ORA-01123: cannot start online backup; media recovery not enabled',
          '',
        ),
      ),
  },
};

const APPCTL_USAGE = 'Usage: appctl start|stop|status [NAME]';

/** appctl: the start/stop script of the scenario's other applications (batch jobs, ETL). */
export const appctl: SimCommand = {
  name: 'appctl',
  run(args, ctx) {
    const [action, name] = args;
    const host = ctx.world.host();
    if (action === 'status' || (action === undefined && name === undefined)) {
      return ok(lines(...host.apps.map((a) => `${a.name.padEnd(12)}${a.kind.padEnd(8)}${a.mode}`)));
    }
    if ((action !== 'start' && action !== 'stop') || args.length > 2) return fail(lines(APPCTL_USAGE));
    const apps = name
      ? host.apps.filter((a) => a.name === name)
      : host.apps.filter((a) => a.kind === 'other');
    if (apps.length === 0)
      return fail(lines(`appctl: no application named ${name ?? '(any)'} on ${host.name}.`));
    for (const app of apps) setMode(app, action === 'stop' ? 'stopped' : 'normal');
    return ok(lines(...apps.map((a) => `${a.name} ${action === 'stop' ? 'stopped' : 'started'}.`)));
  },
};
