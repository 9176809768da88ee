/**
 * Phase 2 · Access the VG: importvg or recreatevg, as the rules choose it (with the reason), the copy's VG
 * name and prefixes, and the resulting names previewed beside the source's.
 */
import { copySet } from '../../../core/model/copy-set';
import { accessDecision } from '../../../core/plan/access';
import type { StepPageProps } from '../../layout/step-page-props';
import { useFieldErrors } from '../../store/use-field-errors';
import { useRunbook } from '../../store/use-runbook';
import { Callout } from '../../ui/callout';
import { Checkbox, RadioGroup } from '../../ui/fields';
import { Term } from '../../ui/term';
import { CopyNameFields } from './copy-name-fields';
import { NamePreview } from './name-preview';
import { NotInRetire } from '../../ui/existing-copy-fields';

export function Phase2Page({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const errors = useFieldErrors(runbookId);
  if (runbook.facts.mode === 'retire')
    return <NotInRetire facts={runbook.facts} what="no copy VG is defined, named or mounted" />;
  const { newVg } = runbook.facts;
  const access = accessDecision(runbook.facts);
  const setNewVg = (change: Partial<typeof newVg>) =>
    update((f) => ({ ...f, newVg: { ...f.newVg, ...change } }));
  // A copy set: each further VG's copy is named below the first's, its names beside its source's.
  const members = copySet(runbook.facts);
  const more = members.length > 1;
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
      <CopyNameFields newVg={newVg} fieldPrefix="" errors={errors} onChange={setNewVg} />
      <NamePreview facts={members[0]!.facts} of={more ? runbook.facts.sourceVg.name : undefined} />
      {members.slice(1).map((member, i) => {
        const vg = member.facts.sourceVg.name || `VG ${i + 2}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the set's VGs in their order
          <section key={i} aria-label={`The copy of ${vg}`} className="mt-6">
            <h2 className="text-lg font-semibold">The copy of {vg}</h2>
            <p className="text-sm">{accessDecision(member.facts).reason}</p>
            <CopyNameFields
              newVg={member.facts.newVg}
              of={vg}
              fieldPrefix={member.fieldPrefix}
              errors={errors}
              onChange={(change) =>
                update((f) => ({
                  ...f,
                  moreVgs: f.moreVgs.map((m, k) =>
                    k === i ? { ...m, newVg: { ...m.newVg, ...change } } : m,
                  ),
                }))
              }
            />
            <NamePreview facts={member.facts} of={vg} />
          </section>
        );
      })}
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
