/**
 * The storage admin's part: box ids, consistency group, and whether the script runs the storage CLI or
 * pauses for the storage admin. Only the questions that apply to this storage and copy method are asked.
 */
import { isMirror } from '../../../core/model/copy-layout';
import { type StorageDetails, storageDetailsSchema } from '../../../core/model/facts';
import type { FactsFormProps } from '../../ui/facts-form';
import { RadioGroup, SelectField, TextField } from '../../ui/fields';
import { svcGroupHint } from './svc-group-hint';

export function StorageFields({ facts, update, errors }: FactsFormProps) {
  const storage = facts.storage ?? storageDetailsSchema.parse({});
  const set = (change: Partial<StorageDetails>) =>
    update((f) => ({ ...f, storage: { ...storageDetailsSchema.parse({}), ...f.storage, ...change } }));
  const mirror = isMirror(facts);
  const globalMirror = facts.copy.method === 'global-mirror';
  const ds8000 = facts.copy.storage === 'ds8000';
  /** A typed storage id: its label, the hint saying where the storage admin reads it, its error. */
  type TextKey =
    | 'remoteStorageImage'
    | 'remoteWwnn'
    | 'pprcPorts'
    | 'gmSession'
    | 'gmMasterLss'
    | 'hostVolumeGroup'
    | 'hostObject';
  const idField = (key: TextKey, label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      field={`storage.${key}`}
      error={errors.get(`storage.${key}`)}
      value={storage[key] ?? ''}
      onChange={(value) => set({ [key]: value })}
    />
  );
  const svc = facts.copy.storage === 'svc';
  return (
    <fieldset
      className="mt-6 rounded border border-slate-300 bg-white p-4"
      data-field="copy.storage"
      tabIndex={-1}
    >
      <legend className="px-1 text-lg font-semibold">Storage side</legend>
      <RadioGroup
        legend="Who runs the storage commands?"
        field="storage.commands"
        error={errors.get('storage.commands')}
        value={storage.commands}
        options={[
          {
            value: 'pause',
            label: 'The storage admin, when the script pauses (default)',
            hint: 'The script stops where the copy is made and waits for a go-ahead.',
          },
          {
            value: 'cli',
            label: 'The script, through the storage CLI reachable from this host',
            hint: ds8000
              ? 'dscli with a profile.'
              : svc
                ? 'svctask over ssh.'
                : 'Only DS8000 and SVC are written by vgcopy.',
          },
        ]}
        onChange={(commands) => set({ commands })}
      />
      <div className="grid gap-x-6 md:grid-cols-2">
        {ds8000 && (
          <TextField
            label="DS8000 storage image id"
            hint="As lssi shows it, e.g. IBM.2107-75ABCD1."
            field="storage.storageImage"
            error={errors.get('storage.storageImage')}
            value={storage.storageImage}
            onChange={(storageImage) => set({ storageImage })}
          />
        )}
        {ds8000 &&
          mirror &&
          idField(
            'remoteStorageImage',
            'Secondary DS8000 storage image id',
            'The box holding the Metro/Global Mirror secondaries.',
          )}
        {ds8000 &&
          mirror &&
          idField(
            'remoteWwnn',
            'WWNN of the secondary storage image',
            'Tgt WWNN as lspprcpath shows it, e.g. 5005076303FFC1A5: freezepprc removes the paths, mkpprcpath needs it.',
          )}
        {ds8000 &&
          mirror &&
          idField(
            'pprcPorts',
            'PPRC port pairs',
            'Port:Attached Port as lspprcpath shows them, e.g. I0001:I0101 I0131:I0231.',
          )}
        {ds8000 &&
          globalMirror &&
          idField(
            'gmSession',
            'Global Mirror session id',
            'Master Session ID as showgmir shows it, without 0x: 2 hex digits, e.g. 01.',
          )}
        {ds8000 &&
          globalMirror &&
          idField(
            'gmMasterLss',
            'Global Mirror master LSS',
            'The LSS mkgmir was started on (showgmir ID IBM.2107-…/10): 2 hex digits, e.g. 10.',
          )}
        {ds8000 && storage.commands === 'cli' && (
          <TextField
            label="DS CLI profile"
            hint="Passed as dscli -cfg PROFILE."
            field="storage.dscliProfile"
            error={errors.get('storage.dscliProfile')}
            value={storage.dscliProfile}
            onChange={(dscliProfile) => set({ dscliProfile })}
          />
        )}
        {svc && mirror && (
          <TextField
            label="SVC remote copy consistency group"
            hint="As lsrcconsistgrp shows it: the group of the VG's Metro/Global Mirror relationships."
            field="storage.rcConsistencyGroup"
            error={errors.get('storage.rcConsistencyGroup')}
            value={storage.rcConsistencyGroup}
            onChange={(rcConsistencyGroup) => set({ rcConsistencyGroup })}
          />
        )}
        {svc && !mirror && (
          <TextField
            label="SVC consistency group name"
            hint={svcGroupHint(facts.sourceVg.name)}
            field="storage.consistencyGroup"
            error={errors.get('storage.consistencyGroup')}
            value={storage.consistencyGroup}
            onChange={(consistencyGroup) => set({ consistencyGroup })}
          />
        )}
        {svc && storage.commands === 'cli' && (
          <TextField
            label="SVC cluster (user@host)"
            hint="For ssh -- user@host svctask …; empty runs svctask locally."
            field="storage.svcHost"
            error={errors.get('storage.svcHost')}
            value={storage.svcHost}
            onChange={(svcHost) => set({ svcHost })}
          />
        )}
        {/* A retire unmaps the copy's volumes from this host: from its volume group, or its host object. */}
        {ds8000 &&
          facts.mode === 'retire' &&
          idField(
            'hostVolumeGroup',
            "Volume group of this host's volumes",
            'lsvolgrp lists it (ID column), e.g. V11; showvolgrp shows its volumes.',
          )}
        {svc &&
          facts.mode === 'retire' &&
          idField(
            'hostObject',
            'SVC host object of this host',
            'lshostvdiskmap lists the host each vdisk is mapped to.',
          )}
      </div>
      {mirror && ds8000 && (
        <SelectField
          label="How the mirror secondary is made usable"
          hint="Only a failed-over secondary is writable, and recreatevg must write new PVIDs to it."
          field="storage.mirrorSecondary"
          error={errors.get('storage.mirrorSecondary')}
          value={storage.mirrorSecondary}
          options={[
            { value: 'failover', label: 'Fail over (failoverpprc): writable' },
            { value: 'suspend-only', label: 'Suspend only (pausepprc): read-only' },
            { value: 'as-is', label: 'As it is' },
          ]}
          onChange={(mirrorSecondary) => set({ mirrorSecondary })}
        />
      )}
    </fieldset>
  );
}
