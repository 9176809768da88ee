/** The copy's VG name and recreatevg's prefixes, for the runbook's VG or a further VG of its copy set. */
import type { Facts } from '../../../core/model/facts';
import { TextField } from '../../ui/fields';

type NewVg = Facts['newVg'];

export function CopyNameFields({
  newVg,
  of,
  fieldPrefix,
  errors,
  onChange,
}: {
  newVg: NewVg;
  /** The source VG these names are for, named in the labels where the runbook copies several. */
  of?: string;
  /** Where the fields are in the runbook: '' or 'moreVgs.0.'. */
  fieldPrefix: string;
  errors: ReadonlyMap<string, string>;
  onChange(change: Partial<NewVg>): void;
}) {
  const forVg = of ? ` for ${of}` : '';
  return (
    <div className="grid gap-x-6 md:grid-cols-3">
      <TextField
        label={`Copy VG name${forVg}`}
        hint="The name the copy gets on this host, e.g. flashcopyvg."
        field={`${fieldPrefix}newVg.name`}
        error={errors.get(`${fieldPrefix}newVg.name`)}
        value={newVg.name}
        onChange={(name) => onChange({ name })}
      />
      <TextField
        label={`LV prefix${forVg}`}
        hint="recreatevg -Y; empty: fs (datalv becomes fsdatalv)."
        field={`${fieldPrefix}newVg.lvPrefix`}
        error={errors.get(`${fieldPrefix}newVg.lvPrefix`)}
        value={newVg.lvPrefix}
        onChange={(lvPrefix) => onChange({ lvPrefix })}
      />
      <TextField
        label={`Mount-point prefix${forVg}`}
        hint="recreatevg -L; empty: /fs (/data becomes /fs/data)."
        field={`${fieldPrefix}newVg.mountPrefix`}
        error={errors.get(`${fieldPrefix}newVg.mountPrefix`)}
        value={newVg.mountPrefix}
        onChange={(mountPrefix) => onChange({ mountPrefix })}
      />
    </div>
  );
}
