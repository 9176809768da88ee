/** Phase 1 · Configure LUNs: first copy or refresh, and whether the target LUNs are configured first. */
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';
import { RadioGroup } from '../../ui/fields';

export function Phase1Page({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const { facts } = runbook;
  return (
    <section className="mt-4">
      <RadioGroup
        legend="Is this the first copy, or a refresh of an existing copy?"
        value={facts.mode}
        options={[
          { value: 'first', label: 'First copy' },
          { value: 'refresh', label: 'Refresh of an existing copy' },
        ]}
        onChange={(mode) => update((f) => ({ ...f, mode }))}
      />
      <RadioGroup
        legend="When are the target LUNs configured on this host?"
        value={facts.targets.configuredBeforeCopy ? 'before' : 'after'}
        options={[
          { value: 'before', label: 'Before the copy is made (recommended: a new LUN has no PVID yet)' },
          { value: 'after', label: 'After the copy is made' },
        ]}
        onChange={(when) =>
          update((f) => ({ ...f, targets: { ...f.targets, configuredBeforeCopy: when === 'before' } }))
        }
      />
    </section>
  );
}
