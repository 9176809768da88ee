/**
 * DB2 and Oracle commands run as their owner, never as root: DB2's CLP needs the instance's environment
 * (sqllib/db2profile, run by the owner's login) and root's own connection fails with SQL1390C; Oracle's
 * `sqlplus / as sysdba` authenticates the OS user of the dba group. The script runs them as
 * `su - OWNER -c '...'`, so the owner of each running DB2 or Oracle is required.
 */
import type { Application } from '../model/facts';
import { defineCheck } from './check';

/** Where the owner shows on the host: the user running the engine's processes (ps -ef, first column). */
const tellers: Partial<Record<Application['kind'], string>> = {
  db2: 'ps -ef | grep db2sysc shows the instance owner in its first column',
  oracle: 'ps -ef | grep ora_pmon_ shows the Oracle owner in its first column',
};

export const applicationOwnerMissing = defineCheck('application-owner-missing', ({ facts }) =>
  facts.applications.flatMap((app, i) => {
    const teller = tellers[app.kind];
    if (!teller || !app.running || app.owner) return [];
    const label = app.name || `${app.kind === 'db2' ? 'DB2' : 'Oracle'} ${i + 1}`;
    return [
      {
        severity: 'blocker' as const,
        finding: `The AIX user that owns ${label} is not given.`,
        reason: `The script runs ${label}'s commands as its owner (su - OWNER -c ...), never as root: without the owner's environment the commands fail or act on nothing.`,
        fix: `Enter the owner (${teller}).`,
        step: 'consistency' as const,
        field: `applications.${i}.owner`,
      },
    ];
  }),
);
