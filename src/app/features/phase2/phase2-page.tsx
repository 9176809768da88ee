/**
 * Phase 2 · Access the VG: importvg or recreatevg, as the rules choose it (with the reason), the copy's VG
 * name and prefixes, and the resulting names previewed beside the source's.
 */
import { accessDecision } from '../../../core/plan/access';
import type { StepPageProps } from '../../layout/step-page-props';
import { useFieldErrors } from '../../store/use-field-errors';
import { useRunbook } from '../../store/use-runbook';
import { Callout } from '../../ui/callout';
import { Checkbox, RadioGroup, TextField } from '../../ui/fields';
import { Term } from '../../ui/term';
import { NamePreview } from './name-preview';

export function Phase2Page({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const errors = useFieldErrors(runbookId);
  const { newVg } = runbook.facts;
  const access = accessDecision(runbook.facts);
  const setNewVg = (change: Partial<typeof newVg>) =>
    update((f) => ({ ...f, newVg: { ...f.newVg, ...change } }));
  return (
    <section className="mt-4">
      <Callout tone="info" title={`The copy is brought up with ${access.method}`}>
        <p>{access.reason}</p>
        <p className="mt-1 text-sm">
          Both read the VG's definition from the <Term k="vgda" /> on the copied disks and load it into the{' '}
          <Term k="odm" />. More: <Term k="importvg" /> · <Term k="recreatevg" />
        </p>
      </Callout>
      <RadioGroup
        legend="Access method"
        field="newVg.access"
        error={errors.get('newVg.access')}
        value={newVg.access}
        options={[
          { value: 'auto', label: 'Chosen by the rules (recommended)' },
          {
            value: 'recreatevg',
            label: 'recreatevg',
            hint: 'New PVIDs, prefixed LV names and mount points; every disk of the copy.',
          },
          {
            value: 'importvg',
            label: 'importvg',
            hint: 'Only when no other copy of the VG, the source included, is known on this host.',
          },
        ]}
        onChange={(access) => setNewVg({ access })}
      />
      <div className="grid gap-x-6 md:grid-cols-3">
        <TextField
          label="Copy VG name"
          hint="The name the copy gets on this host, e.g. flashcopyvg."
          field="newVg.name"
          error={errors.get('newVg.name')}
          value={newVg.name}
          onChange={(name) => setNewVg({ name })}
        />
        <TextField
          label="LV prefix"
          hint="recreatevg -Y; empty: fs (datalv becomes fsdatalv)."
          field="newVg.lvPrefix"
          error={errors.get('newVg.lvPrefix')}
          value={newVg.lvPrefix}
          onChange={(lvPrefix) => setNewVg({ lvPrefix })}
        />
        <TextField
          label="Mount-point prefix"
          hint="recreatevg -L; empty: /fs (/data becomes /fs/data)."
          field="newVg.mountPrefix"
          error={errors.get('newVg.mountPrefix')}
          value={newVg.mountPrefix}
          onChange={(mountPrefix) => setNewVg({ mountPrefix })}
        />
      </div>
      <NamePreview facts={runbook.facts} />
      <Checkbox
        label="Clear and reset the copy's PVIDs with chdev -a pv=clear / pv=yes before recreatevg"
        hint="Some documents ask for it; recreatevg gives the disks new PVIDs itself, so vgcopy does not write these steps."
        field="chdevPvSteps"
        error={errors.get('chdevPvSteps')}
        checked={runbook.facts.chdevPvSteps}
        onChange={(chdevPvSteps) => update((f) => ({ ...f, chdevPvSteps }))}
      />
    </section>
  );
}
