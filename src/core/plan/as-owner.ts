/**
 * Application commands run as their owner: DB2 (the instance owner, whose login sets up the instance's
 * environment) and Oracle (the software owner, `sqlplus / as sysdba` by OS authentication) through
 * `su - OWNER -c '...'`, never as root. Other applications' commands are the owner's own, run as given.
 */
import type { Application } from '../model/facts';
// The one quoting of runbook values (docs/script-safety.md): the command becomes su's single -c word.
import { shq } from '../shell-quote';

/** The command as the application's owner runs it. */
export function asOwner(app: Application, command: string): string {
  const login = app.kind === 'db2' || app.kind === 'oracle' ? app.owner : '';
  return login ? `su - ${login} -c ${shq(command)}` : command;
}

/** The application's commands of one kind that are given, each as its owner runs it. */
export function ownerCommands(
  apps: readonly Application[],
  which: 'hotBackupStart' | 'hotBackupEnd' | 'stopCommand' | 'startCommand',
): string[] {
  return apps.flatMap((a) => {
    const command = a[which]?.trim();
    return command ? [asOwner(a, a[which] ?? '')] : [];
  });
}
