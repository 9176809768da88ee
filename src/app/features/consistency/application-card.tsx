/** One application writing to the VG: whether it runs during the copy, recovers from a crash, its hot-backup commands. */
import type { Application } from '../../../core/model/facts';
import { smallButton } from '../../ui/buttons';
import { TextField, YesNo } from '../../ui/fields';
import { Term } from '../../ui/term';
import { renamedApplication } from './presets';

const kindNames: Record<Application['kind'], string> = {
  db2: 'DB2',
  oracle: 'Oracle',
  other: 'Application',
  none: 'Application',
};

export function ApplicationCard({
  app,
  index,
  errors,
  onChange,
  onRemove,
}: {
  app: Application;
  index: number;
  errors: ReadonlyMap<string, string>;
  onChange(app: Application): void;
  onRemove(): void;
}) {
  const path = `applications.${index}`;
  const title = `${kindNames[app.kind]} ${app.name}`.trim();
  return (
    <fieldset className="mt-4 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">{title}</legend>
      <TextField
        label={
          app.kind === 'other' ? `Application ${index + 1} name` : `${kindNames[app.kind]} database name`
        }
        field={`${path}.name`}
        error={errors.get(`${path}.name`)}
        value={app.name}
        onChange={(name) => onChange(renamedApplication(app, name))}
      />
      {(app.kind === 'db2' || app.kind === 'oracle') && (
        <TextField
          label={`${title}: AIX user that owns it`}
          hint={
            app.kind === 'db2'
              ? 'The instance owner (ps -ef | grep db2sysc, first column): the script runs the DB2 commands as su - OWNER -c, never as root.'
              : 'The Oracle software owner (ps -ef | grep ora_pmon_, first column): the script runs sqlplus as su - OWNER -c, never as root.'
          }
          field={`${path}.owner`}
          error={errors.get(`${path}.owner`)}
          value={app.owner}
          onChange={(owner) => onChange({ ...app, owner })}
        />
      )}
      <YesNo
        legend={`Does ${title} run while the copy is taken?`}
        field={`${path}.running`}
        error={errors.get(`${path}.running`)}
        value={app.running}
        onChange={(running) => onChange({ ...app, running })}
      />
      <YesNo
        legend={`Can ${title} recover from a crash (as after a power cut)?`}
        field={`${path}.crashRecoverable`}
        error={errors.get(`${path}.crashRecoverable`)}
        value={app.crashRecoverable}
        noHint="Then it must be stopped and its file systems unmounted before the copy."
        onChange={(crashRecoverable) => onChange({ ...app, crashRecoverable })}
      />
      <p className="mt-4 text-sm text-slate-700">
        <Term k="hot-backup" /> commands, run by the script around the copy (empty if the application has
        none):
      </p>
      <TextField
        label={`${title}: command that starts hot-backup mode`}
        field={`${path}.hotBackupStart`}
        error={errors.get(`${path}.hotBackupStart`)}
        value={app.hotBackupStart}
        onChange={(hotBackupStart) => onChange({ ...app, hotBackupStart })}
      />
      <TextField
        label={`${title}: command that ends hot-backup mode`}
        field={`${path}.hotBackupEnd`}
        error={errors.get(`${path}.hotBackupEnd`)}
        value={app.hotBackupEnd}
        onChange={(hotBackupEnd) => onChange({ ...app, hotBackupEnd })}
      />
      <button type="button" className={`${smallButton} mt-3`} onClick={onRemove}>
        Remove {title}
      </button>
    </fieldset>
  );
}
