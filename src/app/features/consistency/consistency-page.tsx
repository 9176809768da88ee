/**
 * Consistency: a short decision path (docs/procedure.md "Consistency of the copy") that ends in one of the
 * supported methods, or in the unsupported fallback with its acknowledgement; the applications with their
 * hot-backup presets; the freeze timeout against the copy's start time.
 */
import { logsNotReadNote } from '../../../core/checks/log-placement';
import {
  answerConsistency,
  answersOf,
  type ConsistencyAnswers,
  chooseApproach,
  decideApproach,
  freezeSupport,
  suggestedMethod,
} from '../../../core/model/consistency-decision';
import { wholeSet } from '../../../core/model/copy-set';
import type { Consistency, Facts } from '../../../core/model/facts';
import type { StepPageProps } from '../../layout/step-page-props';
import { useFieldErrors } from '../../store/use-field-errors';
import { useRunbook } from '../../store/use-runbook';
import { secondaryButton } from '../../ui/buttons';
import { Callout } from '../../ui/callout';
import { Checkbox, NumberField, RadioGroup, YesNo } from '../../ui/fields';
import { RawLvsNote } from '../../ui/raw-lvs-note';
import { Term } from '../../ui/term';
import { Why } from '../../ui/why';
import { ApplicationCard } from './application-card';
import { sharedLogs } from './decision';
import { presetApplication } from './presets';
import { NotInRetire } from '../../ui/existing-copy-fields';

type Approach = NonNullable<Consistency['approach']>;

const approachLabels: Record<Approach, string> = {
  unmount: 'Unmount the file systems before the copy (best)',
  freeze: 'JFS2 freeze/thaw around the copy',
  'consistency-group': 'Storage consistency group over every LUN',
  'freeze-and-consistency-group': 'Both freeze/thaw and a consistency group',
  'unsupported-fallback': 'Unsupported fallback: sync, wait, copy, then logredo and full fsck',
};

export function ConsistencyPage({ runbookId }: StepPageProps) {
  const { runbook, update } = useRunbook(runbookId);
  const errors = useFieldErrors(runbookId);
  if (runbook.facts.mode === 'retire')
    return <NotInRetire facts={runbook.facts} what="nothing is unmounted, frozen or stopped on the source" />;
  // A copy set is copied at one instant as one VG (docs/procedure.md "Copy sets"): the questions count
  // every LUN and file system of every VG.
  const facts = wholeSet(runbook.facts);
  const { consistency } = facts;
  const answers = answersOf(consistency);
  const live = answers.canUnmount === false;
  const freeze = freezeSupport(facts);
  const shared = sharedLogs(facts);
  const notRead = logsNotReadNote(facts.sourceVg.fileSystems);
  const recommended = decideApproach(facts, answers);
  const suggestion = suggestedMethod(facts);
  const setConsistency = (change: Partial<Facts['consistency']>) =>
    update((f) => ({ ...f, consistency: { ...f.consistency, ...change } }));
  const answer = (change: Partial<ConsistencyAnswers>) => update((f) => answerConsistency(f, change));
  const mustStop = facts.applications.filter((a) => a.running && a.crashRecoverable === false);
  const lunCount = facts.sourceVg.disks.length;
  return (
    <section className="mt-4">
      <p className="max-w-3xl text-slate-700">
        A copy taken while writes continue is usable only if every disk is copied at the same instant and what
        runs on it can recover as from a crash. Answer these in order.
      </p>
      <ol className="mt-2 max-w-3xl">
        <li>
          <YesNo
            legend="1. Can the file systems be unmounted while the copy is taken?"
            field="consistency.canUnmount"
            error={errors.get('consistency.canUnmount')}
            value={answers.canUnmount}
            yesHint="Best: unmounting flushes every cached write to disk."
            onChange={(canUnmount) => answer({ canUnmount })}
          />
        </li>
        {live && (
          <>
            <li className="mt-5">
              <h2 className="text-sm font-medium">2. JFS or JFS2, and the AIX level</h2>
              <p className={`mt-1 ${freeze.available ? 'text-green-800' : 'text-amber-800'}`}>
                {freeze.available
                  ? `Every file system is JFS2 and AIX ${facts.aix.release} has JFS2 freeze/thaw.`
                  : `No freeze/thaw: ${freeze.reason}`}{' '}
                <Term k="freeze-thaw" />
              </p>
            </li>
            <li>
              <YesNo
                legend={
                  lunCount > 1
                    ? `3. Can the storage copy all ${lunCount} LUNs (file systems and logs) in one consistency group?`
                    : '3. Can the storage copy the LUN in a consistency group?'
                }
                field="consistency.consistencyGroup"
                error={errors.get('consistency.consistencyGroup')}
                value={answers.consistencyGroup}
                yesHint="All LUNs are then copied at the same instant."
                onChange={(consistencyGroup) => answer({ consistencyGroup })}
              />
              <Why label="What is a consistency group?">
                <Term k="consistency-group" /> DS8000: mkflash -freeze then unfreezeflash; SVC: a FlashCopy
                consistency group started with -prep.
              </Why>
              {suggestion && (
                <Callout tone="info" title="Suggested: JFS2 freeze/thaw">
                  <p>
                    {suggestion.reason} Freezing flushes the JFS2 metadata and holds new writes for the
                    instant of the copy. Nothing is chosen until you accept it or answer the question above.
                  </p>
                  <button
                    type="button"
                    className={`${secondaryButton} mt-2`}
                    onClick={() => update((f) => chooseApproach(f, suggestion.approach))}
                  >
                    Accept the suggestion: freeze/thaw
                  </button>
                </Callout>
              )}
            </li>
            <li className="mt-5">
              <h2 className="text-sm font-medium">4. Log layout</h2>
              {notRead && (
                <p className="mt-1 text-amber-800">{notRead} Paste the output on the Start page.</p>
              )}
              {shared.length > 0 ? (
                <p className="mt-1 text-amber-800">
                  {shared.map((s) => `${s.mountPoints.join(', ')} share ${s.log}`).join('; ')}: they must all
                  be copied together, at one instant.
                </p>
              ) : (
                !notRead && (
                  <p className="mt-1 text-green-800">Each file system has its own log or an inline log.</p>
                )
              )}
              <Why>
                Logging recovers a file system because file-system and log writes stop at the same instant. A
                copy that catches the log and the file system at different instants can leave silent metadata
                corruption after <Term k="logredo" />: the mount succeeds and the damage shows later.
              </Why>
            </li>
          </>
        )}
      </ol>
      <h2 className="mt-6 text-sm font-medium">{live ? 5 : 2}. Applications writing to the VG</h2>
      {facts.applications.map((app, i) => (
        <ApplicationCard
          // biome-ignore lint/suspicious/noArrayIndexKey: applications are edited in place; their position is their identity
          key={i}
          app={app}
          index={i}
          errors={errors}
          onChange={(next) =>
            update((f) => ({ ...f, applications: f.applications.map((a, j) => (j === i ? next : a)) }))
          }
          onRemove={() => update((f) => ({ ...f, applications: f.applications.filter((_, j) => j !== i) }))}
        />
      ))}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            update((f) => ({ ...f, applications: [...f.applications, presetApplication('db2', '')] }))
          }
        >
          Add DB2
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            update((f) => ({ ...f, applications: [...f.applications, presetApplication('oracle', '')] }))
          }
        >
          Add Oracle
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            update((f) => ({ ...f, applications: [...f.applications, presetApplication('other', '')] }))
          }
        >
          Add another application
        </button>
      </div>
      {mustStop.length > 0 && !answers.canUnmount && (
        <Callout tone="danger" title="Stop these applications and unmount">
          {mustStop.map((a) => a.name || a.kind).join(', ')} cannot recover from a crash: a live copy of it is
          not usable. Stop it before the copy and unmount its file systems.
        </Callout>
      )}
      <RawLvsNote facts={facts} />
      <RadioGroup
        legend="The method this runbook uses"
        field="consistency.approach"
        error={errors.get('consistency.approach')}
        value={consistency.approach}
        options={(Object.keys(approachLabels) as Approach[]).map((value) => ({
          value,
          label:
            value === recommended
              ? `${approachLabels[value]} · follows from your answers`
              : approachLabels[value],
        }))}
        onChange={(approach) => update((f) => chooseApproach(f, approach))}
      />
      {consistency.approach === 'unsupported-fallback' && (
        <Callout tone="warning" title="Unsupported fallback: what it takes">
          <ol className="ml-6 list-decimal">
            <li>JFS2 with an inline log; never several file systems on one log.</li>
            <li>Quiesce the applications; sync, wait a while, then start the copy.</li>
            <li>
              Do not mount the copy until logredo has run and a full fsck has passed. Any fsck error means the
              copy must not be used.
            </li>
          </ol>
          <Checkbox
            label="I understand this reduces but does not remove the risk of a corrupt copy, and accept it."
            field="consistency.acknowledgeUnsupported"
            error={errors.get('consistency.acknowledgeUnsupported')}
            checked={consistency.acknowledgeUnsupported}
            onChange={(acknowledgeUnsupported) => setConsistency({ acknowledgeUnsupported })}
          />
        </Callout>
      )}
      <div className="grid max-w-3xl gap-x-6 md:grid-cols-2">
        <NumberField
          label="Expected copy start time (seconds)"
          hint="From the storage admin starting the copy until it is established."
          field="copy.expectedStartSeconds"
          error={errors.get('copy.expectedStartSeconds')}
          min={0}
          value={facts.copy.expectedStartSeconds}
          onChange={(s) => update((f) => ({ ...f, copy: { ...f.copy, expectedStartSeconds: s ?? 0 } }))}
        />
        {(consistency.approach === 'freeze' || consistency.approach === 'freeze-and-consistency-group') && (
          <NumberField
            label="Freeze timeout (seconds)"
            hint="chfs -a freeze=N: the freeze ends by itself after N seconds, so N must cover the copy's start."
            field="consistency.freezeTimeoutSeconds"
            error={errors.get('consistency.freezeTimeoutSeconds')}
            min={1}
            value={consistency.freezeTimeoutSeconds}
            onChange={(s) => setConsistency({ freezeTimeoutSeconds: s ?? 0 })}
          />
        )}
      </div>
    </section>
  );
}
