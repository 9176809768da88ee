/**
 * A placeholder never reaches a script: a DB2 entry added without its database name carries the stand-in
 * DBNAME in its hot-backup commands (`db2 connect to DBNAME`), and a command copied from a template can
 * carry a `<marker>`. The script would run them as they are, so each is a blocker at its field, naming the
 * command that tells the value. (The storage ids the storage commands need: ./storage-details.ts.)
 */
import type { Finding } from '../engine-types';
import type { Application } from '../model/facts';
import { defineCheck } from './check';

/** The stand-ins the wizard's presets and common templates use for a value not known yet. */
const standIn = /<[^<>\s]+>|\bDBNAME\b/;

const commandFields = ['hotBackupStart', 'hotBackupEnd', 'stopCommand', 'startCommand'] as const;

const fieldNames: Record<(typeof commandFields)[number], string> = {
  hotBackupStart: 'command that starts hot-backup mode',
  hotBackupEnd: 'command that ends hot-backup mode',
  stopCommand: 'stop command',
  startCommand: 'start command',
};

/** Where the value comes from, by kind of application. */
const tellers: Record<Application['kind'], string> = {
  db2: 'as the instance owner, db2 list database directory lists the database names',
  oracle: 'ps -ef | grep ora_pmon_ shows each running instance as ora_pmon_<SID>',
  other: 'the application owner knows it',
  none: 'the application owner knows it',
};

export const placeholderInCommands = defineCheck('placeholder-in-commands', ({ facts }) => {
  return facts.applications.flatMap((app, i) => {
    if (app.kind === 'none') return [];
    const label = app.name || `${app.kind === 'other' ? 'Application' : app.kind.toUpperCase()} ${i + 1}`;
    const findings: Omit<Finding, 'id'>[] = [];
    // DB2's commands name the database (db2 connect to NAME): without it there is nothing to connect to.
    if (app.kind === 'db2' && !app.name)
      findings.push({
        severity: 'blocker',
        finding: `${label} has no database name.`,
        reason: 'The DB2 commands connect to the database by name before they suspend or resume its writes.',
        fix: `Enter the database name (${tellers.db2}).`,
        step: 'consistency',
        field: `applications.${i}.name`,
      });
    for (const key of commandFields) {
      const marker = standIn.exec(app[key] ?? '')?.[0];
      if (!marker) continue;
      findings.push({
        severity: 'blocker',
        finding: `The ${fieldNames[key]} of ${label} still says ${marker}.`,
        reason: `The script runs the command as written: ${marker} is a stand-in, not a value.`,
        fix: `Replace ${marker} with the real value (${tellers[app.kind]}).`,
        step: 'consistency',
        field: `applications.${i}.${key}`,
      });
    }
    return findings;
  });
});
