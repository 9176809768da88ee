/**
 * A database on raw LVs: `chfs -a freeze` acts on JFS2 file systems only and `umount` closes
 * only file systems, so an open raw LV keeps taking writes whatever the AIX side does. Only the
 * application can make its raw data still (its hot-backup mode, or stopping it), and only a storage
 * consistency group copies every LUN at one instant. Both are needed while a raw LV is open.
 */
import { openRawLvs, usesConsistencyGroup } from '../model/copy-layout';
import type { Application } from '../model/facts';
import { defineCheck, listNames } from './check';

/** The application is stilled around the copy: hot-backup commands both given, or a stop command. */
function stilled(app: Application): boolean {
  return (!!app.hotBackupStart.trim() && !!app.hotBackupEnd.trim()) || !!app.stopCommand?.trim();
}

export const rawLvOpen = defineCheck('raw-lv-open', ({ facts }) => {
  const raw = openRawLvs(facts).map((lv) => lv.name);
  if (raw.length === 0) return [];
  const names = listNames(raw);
  const them = raw.length === 1 ? 'it' : 'them';
  const group = usesConsistencyGroup(facts);
  const app = facts.applications.some((a) => a.running && stilled(a));
  if (group && app) return [];
  const missing = [
    ...(app ? [] : [`the application that holds ${them} in hot-backup mode (or stopped) around the copy`]),
    ...(group ? [] : ['a storage consistency group over every LUN of the VG']),
  ];
  return [
    {
      severity: 'blocker' as const,
      finding: `The raw LVs ${names} are open: freeze/thaw does not cover ${them} and unmounting does not close ${them}.`,
      reason:
        'JFS2 freeze flushes and holds file systems only, and umount closes only file systems: an application writing raw LVs keeps writing during the copy, so their copy is torn unless the application itself is still and every LUN is copied at one instant.',
      fix: `Plan ${missing.join(' and ')}: raw data is consistent only with both.`,
      step: 'consistency' as const,
      field: group ? 'applications' : 'consistency.approach',
    },
  ];
});
