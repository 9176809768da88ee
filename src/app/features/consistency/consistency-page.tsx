/** Consistency: how the copy is made consistent (DOMAIN.md, "Consistency of the copy"). */
import type { Consistency } from '../../../core/model/facts';
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';
import { RadioGroup } from '../../ui/fields';

const approaches: { value: Consistency['approach']; label: string }[] = [
  { value: 'unmount', label: 'Unmount the file systems before the copy (best)' },
  { value: 'freeze', label: 'JFS2 freeze/thaw around the copy' },
  { value: 'consistency-group', label: 'Storage consistency group over every LUN' },
  { value: 'freeze-and-consistency-group', label: 'Both freeze/thaw and a consistency group' },
  {
    value: 'unsupported-fallback',
    label: 'Unsupported fallback: sync, wait, copy, then logredo and full fsck',
  },
];

export function ConsistencyPage({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  return (
    <section className="mt-4">
      <RadioGroup
        legend="How is the copy made consistent?"
        value={runbook.facts.consistency.approach}
        options={approaches}
        onChange={(approach) => update((f) => ({ ...f, consistency: { ...f.consistency, approach } }))}
      />
    </section>
  );
}
