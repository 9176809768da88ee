/**
 * What the copy's history lets the admin start from its last entry: the refresh of the copy, or its
 * retirement (docs/procedure.md "Retiring a copy"), each a new runbook from what is really on the host.
 * After a retire's run there is no copy left: neither is offered.
 */
import { useNavigate } from 'react-router';
import { fromHistory } from '../../../core/model/copy-history';
import { type Runbook, useRunbooks } from '../../store/runbooks';
import { primaryButton, secondaryButton } from '../../ui/buttons';

export function CopyHistoryActions({ runbook }: { runbook: Runbook }) {
  const createRunbook = useRunbooks((s) => s.createRunbook);
  const navigate = useNavigate();
  const history = runbook.copyHistory ?? [];
  const name = runbook.name || runbook.facts.newVg.name;
  if (history.at(-1)?.mode === 'retire')
    return (
      <p className="no-print mt-3 text-slate-700">
        The last run retired the copy: nothing of it is left on the host to refresh or retire.
      </p>
    );
  const refresh = fromHistory(runbook.facts, history, 'refresh');
  const retire = fromHistory(runbook.facts, history, 'retire');
  if (!refresh || !retire)
    return (
      <p className="no-print mt-3 text-slate-700">
        The runbook's VGs are no longer those the last run copied: a refresh or a retire cannot start from its
        copy.
      </p>
    );
  const start = (title: string, facts: NonNullable<typeof refresh>) =>
    navigate(`/runbooks/${createRunbook(`${title} of ${name}`, facts)}/start`);
  return (
    <div className="no-print mt-3 flex gap-2">
      <button type="button" className={primaryButton} onClick={() => start('Refresh', refresh)}>
        Refresh this copy
      </button>
      <button type="button" className={secondaryButton} onClick={() => start('Retirement', retire)}>
        Retire this copy
      </button>
    </div>
  );
}
