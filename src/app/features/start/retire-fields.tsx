/**
 * What the runbook does: a first copy, a refresh, or the retirement of a copy (docs/procedure.md "Retiring a
 * copy"). A retire names the copy it removes beyond doubt: its VG name, disks and VG IDENTIFIER (the script's
 * preflight refuses any VG without them), and asks, never assumes, whether a copy in use may be unmounted.
 */
import type { ExistingCopy, Facts } from '../../../core/model/facts';
import type { FactsFormProps } from '../../ui/facts-form';
import { RadioGroup, TextField, YesNo } from '../../ui/fields';
import { CopyDisksField, CopyStateFields, words } from '../../ui/existing-copy-fields';
import { Why } from '../../ui/why';

/** The copy a retire removes: its name is the runbook's copy VG too (the script's files are named for it). */
function RetiredCopyFields({ facts, update, errors }: FactsFormProps) {
  const copy: ExistingCopy = facts.existingCopy ?? { vgName: '', disks: [], variedOn: true, mounted: true };
  const set = (change: Partial<ExistingCopy>) =>
    update((f) => ({ ...f, existingCopy: { ...copy, ...f.existingCopy, ...change } }));
  const inUse = copy.mounted || (copy.openLvs ?? []).length > 0;
  return (
    <fieldset className="mt-4 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">The copy to retire</legend>
      <TextField
        label="Copy VG name"
        hint="As lsvg shows it on this host, e.g. flashcopyvg. Never the source VG."
        field="existingCopy.vgName"
        error={errors.get('existingCopy.vgName') ?? errors.get('newVg.name')}
        value={copy.vgName}
        onChange={(vgName) =>
          update((f) => ({
            ...f,
            existingCopy: { ...copy, ...f.existingCopy, vgName },
            newVg: { ...f.newVg, name: vgName },
          }))
        }
      />
      <CopyDisksField copy={copy} set={set} errors={errors} />
      <TextField
        label="Its VG identifier"
        hint="lsvg of the copy VG prints it after VG IDENTIFIER, e.g. 00c8b12c00004c000000018c2a6e7b1d."
        field="existingCopy.vgId"
        error={errors.get('existingCopy.vgId')}
        value={copy.vgId ?? ''}
        onChange={(vgId) => set({ vgId })}
      />
      <TextField
        label="Its mount points"
        hint="lsvg -l of the copy VG, separated by spaces; unmounted deepest first."
        field="existingCopy.mountPoints"
        error={errors.get('existingCopy.mountPoints')}
        value={(copy.mountPoints ?? []).join(' ')}
        onChange={(v) => set({ mountPoints: words(v) })}
      />
      <CopyStateFields copy={copy} set={set} />
      {inUse && (
        <YesNo
          legend={`${copy.vgName || 'The copy'} is in use: may the script unmount it once whoever uses it has stopped?`}
          field="existingCopy.mayUnmount"
          error={errors.get('existingCopy.mayUnmount')}
          value={copy.mayUnmount ?? null}
          onChange={(mayUnmount) => set({ mayUnmount })}
          yesHint="Whoever uses it (a backup, a test database) is stopped first; the script unmounts it deepest first."
          noHint="The retire waits: nothing is unmounted."
        />
      )}
      <Why>
        The script checks the VG identifier and each disk's PVID on the host before it touches anything: run
        against the source VG, or on a host where another VG has this name, it stops and changes nothing.
      </Why>
    </fieldset>
  );
}

export function ModeFields(props: FactsFormProps) {
  const { facts, update } = props;
  return (
    <section className="mt-6">
      <RadioGroup<Facts['mode']>
        legend="What does this runbook do?"
        field="mode"
        value={facts.mode}
        options={[
          { value: 'first', label: 'First copy', hint: 'Bring up a copy of the source VG on this host.' },
          {
            value: 'refresh',
            label: 'Refresh of an existing copy',
            hint: 'Retire the copy that is up, then take and bring up a new one on the same LUNs.',
          },
          {
            value: 'retire',
            label: 'Retire a copy',
            hint: 'Remove a copy from this host (unmount, varyoffvg, exportvg, rmdev) and have the storage admin remove its relationships and unmap its LUNs.',
          },
        ]}
        onChange={(mode) => update((f) => ({ ...f, mode }))}
      />
      {facts.mode === 'retire' && <RetiredCopyFields {...props} />}
    </section>
  );
}
