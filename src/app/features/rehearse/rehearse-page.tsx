/** Rehearse: play the runbook's script on the simulated AIX host. */
import type { StepPageProps } from '../../layout/step-page';
import { useRunbook } from '../../store/use-runbook';

export function RehearsePage({ runbookId }: StepPageProps) {
  const { runbook } = useRunbook(runbookId);
  return (
    <section className="mt-4">
      <p>
        Rehearse the script for {runbook.facts.sourceVg.name || 'your VG'} on a simulated AIX host before the
        change window.
      </p>
    </section>
  );
}
