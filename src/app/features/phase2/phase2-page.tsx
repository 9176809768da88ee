/** Phase 2 · Access the VG: the copy's VG name and prefixes. */
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';
import { TextField } from '../../ui/fields';

export function Phase2Page({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const { newVg } = runbook.facts;
  return (
    <section className="mt-4">
      <TextField
        label="Copy VG name"
        hint="The name the copy gets on this host, e.g. flashcopyvg."
        value={newVg.name}
        onChange={(name) => update((f) => ({ ...f, newVg: { ...f.newVg, name } }))}
      />
      <TextField
        label="LV prefix"
        value={newVg.lvPrefix}
        onChange={(lvPrefix) => update((f) => ({ ...f, newVg: { ...f.newVg, lvPrefix } }))}
      />
      <TextField
        label="Mount-point prefix"
        value={newVg.mountPrefix}
        onChange={(mountPrefix) => update((f) => ({ ...f, newVg: { ...f.newVg, mountPrefix } }))}
      />
    </section>
  );
}
