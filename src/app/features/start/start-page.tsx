/**
 * Start: the runbook's name, then the environment. Two ways in: paste what AIX printed (or the
 * collector's output) and see what was read, or fill in the forms below.
 */
import { useState } from 'react';
import type { Facts } from '../../../core/model/facts';
import { sampleFacts } from '../../../core/model/sample';
import type { StepPageProps } from '../../layout/step-page-props';
import { useFieldErrors } from '../../store/use-field-errors';
import { useRunbook } from '../../store/use-runbook';
import { useRunbooks } from '../../store/runbooks';
import { secondaryButton, smallButton } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { CopySetFields } from './copy-set-fields';
import { EnvironmentFields } from './environment-fields';
import { PastePanel } from './paste-panel';
import { ModeFields } from './retire-fields';
import { SourceVgFields } from './source-vg-fields';

export function StartPage({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const rename = useRunbooks((s) => s.rename);
  const errors = useFieldErrors(runbookId);
  // The facts before the sample replaced them, so one click puts them back.
  const [beforeSample, setBeforeSample] = useState<Facts>();
  return (
    <section className="mt-4">
      <TextField
        label="Runbook name"
        hint="For example: nightly FlashCopy of datavg to the backup host."
        field="name"
        value={runbook.name}
        onChange={(name) => rename(runbookId, name)}
      />
      <PastePanel facts={runbook.facts} update={update} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => {
            setBeforeSample(runbook.facts);
            update(() => sampleFacts());
          }}
        >
          Fill in the sample environment
        </button>
        {beforeSample ? (
          <span role="status" className="flex items-center gap-2 text-sm">
            The sample replaced what was entered.
            <button
              type="button"
              className={smallButton}
              onClick={() => {
                update(() => beforeSample);
                setBeforeSample(undefined);
              }}
            >
              Undo
            </button>
          </span>
        ) : (
          <span className="text-sm text-slate-600">
            datavg on three DS8000 LUNs, copied by FlashCopy: to try the wizard without a host.
          </span>
        )}
      </div>
      <ModeFields facts={runbook.facts} update={update} errors={errors} />
      <EnvironmentFields facts={runbook.facts} update={update} errors={errors} />
      <SourceVgFields runbookId={runbookId} facts={runbook.facts} update={update} errors={errors} />
      {runbook.facts.mode !== 'retire' && (
        <CopySetFields facts={runbook.facts} update={update} errors={errors} />
      )}
    </section>
  );
}
