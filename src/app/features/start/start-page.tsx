/** Start: the runbook's name and the source environment. */
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';
import { useRunbooks } from '../../store/runbooks';
import { TextField } from '../../ui/fields';

export function StartPage({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const rename = useRunbooks((s) => s.rename);
  return (
    <section className="mt-4">
      <TextField
        label="Runbook name"
        hint="For example: nightly FlashCopy of datavg to the backup host."
        value={runbook.name}
        onChange={(name) => rename(runbookId, name)}
      />
      <TextField
        label="Source volume group"
        hint="The VG whose LUNs the storage subsystem copies, as lsvg shows it."
        value={runbook.facts.sourceVg.name}
        onChange={(name) => update((f) => ({ ...f, sourceVg: { ...f.sourceVg, name } }))}
      />
    </section>
  );
}
