/**
 * Phase 1 · Configure LUNs: first copy or refresh, where the source (or another copy) is, and whether the
 * target LUNs are configured before the copy. The duplicate-PVID trap is explained where it is decided.
 */
import type { Facts } from '../../../core/model/facts';
import type { StepPageProps } from '../../layout/step-page-props';
import { useFieldErrors } from '../../store/use-field-errors';
import { useRunbook } from '../../store/use-runbook';
import { secondaryButton, toggleButton } from '../../ui/buttons';
import { Callout } from '../../ui/callout';
import { RadioGroup, TextField, YesNo } from '../../ui/fields';
import { type Column, factsList, RowsEditor, textColumn } from '../../ui/rows-editor';
import { Term } from '../../ui/term';
import { Why } from '../../ui/why';
import { LspvDiffPanel } from './lspv-diff-panel';
import { StorageFields } from './storage-fields';
import { TargetLuns } from './target-luns';
import { CopyDisksField, CopyStateFields } from '../../ui/existing-copy-fields';

type OtherCopy = Facts['sourceOnHost']['otherCopies'][number];

const otherCopyColumns: Column<OtherCopy>[] = [
  textColumn('vgName', 'Copy VG', 'fcdatavg'),
  {
    key: 'disks',
    label: 'Its disks',
    kind: 'text',
    placeholder: 'hdisk20 hdisk21',
    get: (c) => c.disks.join(' '),
    set: (c, v) => ({ ...c, disks: v.split(/[\s,]+/).filter(Boolean) }),
  },
  {
    key: 'variedOn',
    label: 'Varied on',
    kind: 'checkbox',
    get: (c) => c.variedOn,
    set: (c, variedOn) => ({ ...c, variedOn }),
  },
];

const otherCopies = factsList('sourceOnHost', 'otherCopies');

export function Phase1Page({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const errors = useFieldErrors(runbookId);
  const { facts } = runbook;
  const onHost = facts.sourceOnHost;
  const setOnHost = (change: Partial<Facts['sourceOnHost']>) =>
    update((f) => ({ ...f, sourceOnHost: { ...f.sourceOnHost, ...change } }));
  const existing = facts.existingCopy ?? { vgName: '', disks: [], variedOn: true, mounted: true };
  const setExisting = (change: Partial<typeof existing>) =>
    update((f) => ({ ...f, existingCopy: { ...existing, ...f.existingCopy, ...change } }));
  const duplicateHolderActive =
    (onHost.present && onHost.variedOn) || onHost.otherCopies.some((c) => c.variedOn);
  const varyOff = facts.targets.varyOffSourceForCfgmgr === true;
  const trapAhead = !facts.targets.configuredBeforeCopy && duplicateHolderActive && facts.mode === 'first';
  // A retire configures nothing: its target LUNs are the copy's disks, unmapped by the storage admin.
  if (facts.mode === 'retire')
    return (
      <section className="mt-4">
        <p className="text-sm text-slate-700">
          This runbook retires the copy {facts.existingCopy?.vgName || '(named on the Start page)'}: no LUN is
          configured and no copy is taken. List each of its disks as a target LUN below, with its source disk
          and storage volumes: the storage admin removes their relationships and unmaps them from this host.
        </p>
        <TargetLuns runbookId={runbookId} facts={facts} update={update} errors={errors} />
        <StorageFields facts={facts} update={update} errors={errors} />
      </section>
    );
  return (
    <section className="mt-4">
      <RadioGroup
        legend="Is this the first copy, or a refresh of an existing copy?"
        field="mode"
        value={facts.mode}
        options={[
          {
            value: 'first',
            label: 'First copy',
            hint: 'The target LUNs have never held a copy of this VG on this host.',
          },
          {
            value: 'refresh',
            label: 'Refresh of an existing copy',
            hint: 'A copy is already up on this host; it is unmounted, varied off and exported, then copied again.',
          },
        ]}
        onChange={(mode) => update((f) => ({ ...f, mode }))}
      />
      {facts.mode === 'refresh' && (
        <fieldset className="mt-4 rounded border border-slate-300 bg-white p-4">
          <legend className="px-1 font-semibold">The existing copy</legend>
          <TextField
            label="Existing copy VG name"
            hint="As lsvg shows it on this host, e.g. flashcopyvg."
            field="existingCopy.vgName"
            error={errors.get('existingCopy.vgName')}
            value={existing.vgName}
            onChange={(vgName) => setExisting({ vgName })}
          />
          <CopyDisksField copy={existing} set={setExisting} errors={errors} />
          <CopyStateFields copy={existing} set={setExisting} />
          <Why>
            A VG name already in the <Term k="odm" /> cannot be defined again: before recreatevg runs on the
            refreshed disks, the old copy is unmounted, varied off and exported (exportvg removes it from the
            ODM and leaves the disks alone).
          </Why>
        </fieldset>
      )}
      <YesNo
        legend="Is the source VG defined on this host (the host that brings up the copy)?"
        field="sourceOnHost.present"
        value={onHost.present}
        onChange={(present) => setOnHost({ present, variedOn: present && onHost.variedOn })}
      />
      {onHost.present && (
        <YesNo
          legend="Is the source VG varied on?"
          field="sourceOnHost.variedOn"
          value={onHost.variedOn}
          onChange={(variedOn) => setOnHost({ variedOn })}
        />
      )}
      <h2 className="mt-6 font-semibold">Other copies of this VG on this host</h2>
      <p className="text-sm text-slate-600">
        Earlier copies brought up with recreatevg under their own names (not the one being refreshed).
      </p>
      <RowsEditor
        runbookId={runbookId}
        caption="Other copies on this host"
        list={otherCopies}
        columns={otherCopyColumns}
        errors={errors}
        addLabel="Add another copy"
        findLabel="Find another copy"
        newRow={() => ({ vgName: '', variedOn: true, disks: [] })}
      />
      <RadioGroup
        legend="When are the target LUNs configured on this host?"
        field="targets.configuredBeforeCopy"
        error={errors.get('targets.configuredBeforeCopy')}
        value={facts.targets.configuredBeforeCopy ? 'before' : 'after'}
        options={[
          {
            value: 'before',
            label: 'Before the copy is made (recommended)',
            hint: 'A new LUN has no PVID yet, so cfgmgr configures it cleanly; later copies onto the same LUNs need no new cfgmgr.',
          },
          {
            value: 'after',
            label: 'After the copy is made',
            hint: 'The LUNs then carry the source’s PVIDs when cfgmgr first sees them.',
          },
        ]}
        onChange={(when) =>
          update((f) => ({ ...f, targets: { ...f.targets, configuredBeforeCopy: when === 'before' } }))
        }
      />
      <Callout tone={trapAhead ? 'danger' : 'info'} title="The duplicate-PVID trap">
        <p>
          A copy of a disk carries the source disk’s <Term k="pvid" />. While a VG holding a disk with that
          PVID is varied on, <Term k="cfgmgr" /> will not configure another disk carrying it: the copy stays
          “Defined” and cannot be used.
        </p>
        <p className="mt-2">Two ways out:</p>
        <ol className="ml-6 list-decimal">
          <li>
            <strong>Configure the target LUNs before the copy</strong> (recommended): a new LUN has no PVID,
            so it configures cleanly.
          </li>
          <li>If the copy already exists: vary off the VG that holds the duplicate PVID, then run cfgmgr.</li>
        </ol>
        {trapAhead && (
          <div className="mt-3 flex flex-wrap gap-3">
            <p className="w-full font-medium">
              This runbook runs cfgmgr after the copy while{' '}
              {onHost.present && onHost.variedOn
                ? `the source VG ${facts.sourceVg.name || ''}`
                : 'another copy'}{' '}
              is varied on.
            </p>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => update((f) => ({ ...f, targets: { ...f.targets, configuredBeforeCopy: true } }))}
            >
              Configure the LUNs before the copy instead
            </button>
            <button
              type="button"
              className={toggleButton}
              aria-pressed={varyOff}
              data-field="targets.varyOffSourceForCfgmgr"
              onClick={() =>
                update((f) => ({ ...f, targets: { ...f.targets, varyOffSourceForCfgmgr: !varyOff } }))
              }
            >
              Vary off the source VG before cfgmgr
            </button>
            <p className="w-full text-sm">
              {varyOff
                ? 'Chosen: vary off the source VG. The copy already exists and the runbook takes no new one: the script stops what uses the source VG, unmounts it and varies it off before cfgmgr, and varies it on and mounts it again once recreatevg has given the copy new PVIDs (an outage of the source). An earlier copy that is varied on must still be varied off by hand.'
                : 'No way out is chosen yet: as it stands, cfgmgr leaves the copied LUNs “Defined”. Configuring the LUNs before the copy needs no outage; varying off the source VG keeps the copy that exists but stops the source for the time of cfgmgr and recreatevg.'}
            </p>
          </div>
        )}
      </Callout>
      <TargetLuns runbookId={runbookId} facts={facts} update={update} errors={errors} />
      <StorageFields facts={facts} update={update} errors={errors} />
      <LspvDiffPanel facts={facts} update={update} />
    </section>
  );
}
