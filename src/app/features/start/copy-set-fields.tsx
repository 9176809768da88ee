/**
 * The copy set: the further VGs copied at the same instant as the source VG (docs/procedure.md "Copy sets"),
 * added and removed by name. Their disks, LVs and file systems come from a paste or the collector
 * (run with every VG's name); each VG's copy is named on the Phase 2 page.
 */
import { newSetMember } from '../../../core/model/copy-set';
import type { SetMember } from '../../../core/model/facts';
import { secondaryButton, smallButton } from '../../ui/buttons';
import type { FactsFormProps } from '../../ui/facts-form';
import { TextField } from '../../ui/fields';

/** What was read of a further VG, in one line. */
function summary(member: SetMember): string {
  const { disks, lvs, fileSystems } = member.sourceVg;
  if (disks.length === 0 && lvs.length === 0) return 'Nothing read yet: paste its lsvg -l and lsvg -p above.';
  return `Disks ${disks.map((d) => d.name).join(' ') || 'none'}; ${lvs.length} LVs; file systems ${
    fileSystems.map((f) => f.mountPoint).join(' ') || 'none'
  }.`;
}

export function CopySetFields({ facts, update, errors }: FactsFormProps) {
  const setMember = (i: number, change: (m: SetMember) => SetMember) =>
    update((f) => ({ ...f, moreVgs: f.moreVgs.map((m, k) => (k === i ? change(m) : m)) }));
  return (
    <section aria-labelledby="copy-set" className="mt-6">
      <h2 id="copy-set" className="text-lg font-semibold">
        Copy set
      </h2>
      <p className="text-sm text-slate-600">
        A database spread over several VGs (DB2 data and logs) is consistent on the copy only if every VG is
        copied at the same instant. Add its other VGs here: one consistency group, one freeze and one
        hot-backup window take them all; each gets its own copy.
      </p>
      <ul className="mt-2 space-y-3">
        <li className="text-sm">
          <span className="font-mono">{facts.sourceVg.name || 'the source VG'}</span> (the source VG above)
        </li>
        {facts.moreVgs.map((member, i) => {
          const label = member.sourceVg.name || `VG ${i + 2}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a VG being named has no other identity yet
            <li key={i} className="rounded border border-slate-300 p-3">
              <TextField
                label={`Name of ${label} of the copy set`}
                hint="As lsvg lists it, e.g. logvg."
                field={`moreVgs.${i}.sourceVg.name`}
                error={errors.get(`moreVgs.${i}.sourceVg.name`)}
                value={member.sourceVg.name}
                onChange={(name) => setMember(i, (m) => ({ ...m, sourceVg: { ...m.sourceVg, name } }))}
              />
              <p className="text-sm text-slate-600">{summary(member)}</p>
              <button
                type="button"
                className={smallButton}
                onClick={() => update((f) => ({ ...f, moreVgs: f.moreVgs.filter((_, k) => k !== i) }))}
              >
                Remove {label} from the copy set
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className={`${secondaryButton} mt-3`}
        onClick={() => update((f) => ({ ...f, moreVgs: [...f.moreVgs, newSetMember()] }))}
      >
        Add a VG to the copy set
      </button>
    </section>
  );
}
