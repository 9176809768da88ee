/** Says where the simulator runs: on the backend, or in this page because the backend cannot be reached. */
import type { SimulatorWhere } from './connection';

export function WhereNotice({ where }: { where: SimulatorWhere | null }) {
  return (
    <p role="status" className="text-sm text-slate-600">
      {where === null
        ? 'Connecting to the simulator…'
        : where === 'backend'
          ? 'Simulator: on the vgcopy server (a rehearsal survives a reload of the page).'
          : 'Simulator: in this page (the vgcopy server cannot be reached; a rehearsal survives a reload of this tab, nothing more is kept).'}
    </p>
  );
}
