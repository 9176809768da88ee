/** The environment: AIX level, copy method, storage and multipath driver. */
import {
  aixReleases,
  copyMethods,
  type Facts,
  multipathDrivers,
  storageKinds,
} from '../../../core/model/facts';
import { Checkbox, NumberField, SelectField, TextField } from '../../ui/fields';
import type { FactsFormProps } from '../../ui/facts-form';
import { Term } from '../../ui/term';

const copyMethodLabels: Record<(typeof copyMethods)[number], string> = {
  flashcopy: 'FlashCopy (point-in-time copy in one storage unit)',
  'metro-mirror': 'Metro Mirror (synchronous remote copy)',
  'global-copy': 'Global Copy (asynchronous remote copy, no consistency: drained before suspending)',
  'global-mirror': 'Global Mirror (Global Copy with journal FlashCopies: consistent)',
  oem: 'OEM storage copy (EMC, Hitachi, ...)',
};
const storageLabels: Record<(typeof storageKinds)[number], string> = {
  ds8000: 'IBM DS8000',
  svc: 'IBM SVC / Storwize / FlashSystem',
  other: 'Other (OEM) storage',
};
const multipathLabels: Record<(typeof multipathDrivers)[number], string> = {
  mpio: 'AIX MPIO (hdiskN)',
  sddpcm: 'SDDPCM (hdiskN)',
  sdd: 'SDD (vpathN)',
  oem: 'OEM multipath (e.g. hdiskpowerN)',
};

export function EnvironmentFields({ facts, update, errors }: FactsFormProps) {
  const setAix = (change: Partial<Facts['aix']>) => update((f) => ({ ...f, aix: { ...f.aix, ...change } }));
  const setCopy = (change: Partial<Facts['copy']>) =>
    update((f) => ({ ...f, copy: { ...f.copy, ...change } }));
  return (
    <fieldset className="mt-6 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">Environment</legend>
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextField
          label="Host name"
          hint="The AIX host that brings up the copy (hostname)."
          field="hostname"
          value={facts.hostname}
          onChange={(hostname) => update((f) => ({ ...f, hostname }))}
        />
        <SelectField
          label="AIX release"
          hint="From oslevel -s, e.g. 7200-05-06-2320 is 7.2 TL 5 SP 6."
          field="aix.release"
          value={facts.aix.release}
          options={aixReleases.map((r) => ({ value: r, label: `AIX ${r}` }))}
          onChange={(release) => setAix({ release })}
        />
        <NumberField
          label="Technology level (TL / ML)"
          field="aix.technologyLevel"
          error={errors.get('aix.technologyLevel')}
          min={0}
          max={20}
          value={facts.aix.technologyLevel}
          onChange={(tl) => setAix({ technologyLevel: tl ?? 0 })}
        />
        <NumberField
          label="Service pack (optional)"
          field="aix.servicePack"
          error={errors.get('aix.servicePack')}
          min={0}
          max={20}
          value={facts.aix.servicePack}
          onChange={(servicePack) => setAix({ servicePack })}
        />
      </div>
      {facts.aix.release === '5.2' && (
        <Checkbox
          label={
            <>
              APAR IY66043 is installed (brings JFS2 <Term k="freeze-thaw" /> to AIX 5.2; check with{' '}
              <code>instfix -ik IY66043</code>)
            </>
          }
          field="aix.hasIY66043"
          error={errors.get('aix.hasIY66043')}
          checked={facts.aix.hasIY66043}
          onChange={(hasIY66043) => setAix({ hasIY66043 })}
        />
      )}
      <div className="grid gap-x-6 md:grid-cols-3">
        <SelectField
          label="Copy method"
          field="copy.method"
          error={errors.get('copy.method')}
          value={facts.copy.method}
          options={copyMethods.map((m) => ({ value: m, label: copyMethodLabels[m] }))}
          onChange={(method) => setCopy({ method })}
        />
        <SelectField
          label="Storage"
          field="copy.storage"
          error={errors.get('copy.storage')}
          value={facts.copy.storage}
          options={storageKinds.map((s) => ({ value: s, label: storageLabels[s] }))}
          onChange={(storage) => setCopy({ storage })}
        />
        <SelectField
          label="Multipath driver"
          hint="Decides the disk names the host shows."
          field="multipath"
          error={errors.get('multipath')}
          value={facts.multipath}
          options={multipathDrivers.map((m) => ({ value: m, label: multipathLabels[m] }))}
          onChange={(multipath) => update((f) => ({ ...f, multipath }))}
        />
      </div>
    </fieldset>
  );
}
