/**
 * The existing copy's fields shared by the pages that name it (a refresh's old copy on Phase 1, a retire's
 * copy on Start), and what a bring-up page says in a retire runbook (docs/procedure.md "Retiring a copy").
 */
import type { ExistingCopy, Facts } from '../../core/model/facts';
import type { FactsFormProps } from './facts-form';
import { TextField, YesNo } from './fields';

/** Words of a list typed with spaces or commas. */
export const words = (v: string) => v.split(/[\s,]+/).filter(Boolean);

/** The existing copy's disks (refreshed or retired), as lsvg -p lists them. */
export function CopyDisksField({
  copy,
  set,
  errors,
}: {
  copy: Pick<ExistingCopy, 'disks'>;
  set(change: Partial<ExistingCopy>): void;
  errors: FactsFormProps['errors'];
}) {
  return (
    <TextField
      label="Its disks"
      hint="lsvg -p of the copy VG, separated by spaces; lspv gives their PVIDs."
      field="existingCopy.disks"
      error={errors.get('existingCopy.disks')}
      value={copy.disks.join(' ')}
      onChange={(v) => set({ disks: words(v) })}
    />
  );
}

/** Whether the existing copy (refreshed or retired) is varied on and mounted now. */
export function CopyStateFields({
  copy,
  set,
}: {
  copy: Pick<ExistingCopy, 'variedOn' | 'mounted'>;
  set(change: Partial<ExistingCopy>): void;
}) {
  return (
    <>
      <YesNo
        legend="Is the copy VG varied on now?"
        field="existingCopy.variedOn"
        value={copy.variedOn}
        onChange={(variedOn) => set({ variedOn })}
      />
      <YesNo
        legend="Are its file systems mounted now?"
        field="existingCopy.mounted"
        value={copy.mounted}
        onChange={(mounted) => set({ mounted })}
      />
    </>
  );
}

/** What a page of the copy's bring-up shows in a retire runbook: it does not apply, and why. */
export function NotInRetire({ facts, what }: { facts: Facts; what: string }) {
  return (
    <section className="mt-4">
      <p role="status" className="max-w-3xl text-slate-700">
        This page does not apply: this runbook retires the copy {facts.existingCopy?.vgName || ''} and takes
        no new copy, so {what}. Go on to Review &amp; export.
      </p>
    </section>
  );
}
