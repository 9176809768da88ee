/**
 * The questions only the admin can answer that decide what happens to production (unmount, freeze, stop
 * the application): a new runbook leaves them unanswered (null), and until each is answered the checks
 * block the script and the wizard's page shows "to do" (docs/unanswered.md). One list for the checks and
 * the wizard's flow, so both name the same questions.
 */
import type { StepId } from '../wizard-steps';
import { answersOf, type ConsistencyAnswers } from './consistency-decision';
import type { Facts } from './facts';
import { copyInUse, retiredCopy } from './retire';

export interface UnansweredQuestion {
  /** The question as the page asks it. */
  question: string;
  /** Dotted path of the answer (Finding.field): the finding's link moves the focus to it. */
  field: string;
  step: StepId;
}

/** What the page calls an application: `DB2 PRD`, `Application batch`. */
function applicationTitle(app: Facts['applications'][number]): string {
  const kind = app.kind === 'db2' ? 'DB2' : app.kind === 'oracle' ? 'Oracle' : 'Application';
  return `${kind} ${app.name}`.trim();
}

/** The question that still leaves the consistency method open (a chosen method answers them all). */
function methodQuestion(answers: ConsistencyAnswers): UnansweredQuestion {
  const step = 'consistency';
  if (answers.canUnmount === null)
    return {
      question: 'Can the file systems be unmounted while the copy is taken?',
      field: 'consistency.canUnmount',
      step,
    };
  if (answers.canUnmount === false && answers.consistencyGroup === null)
    return {
      question: 'Can the storage copy every LUN in one consistency group?',
      field: 'consistency.consistencyGroup',
      step,
    };
  return { question: 'Which consistency method does this runbook use?', field: 'consistency.approach', step };
}

/** Every question still unanswered, in the order the pages ask them. */
export function unansweredQuestions(facts: Facts): UnansweredQuestion[] {
  // A retire takes no copy: its one question is whether the copy in use may be unmounted.
  if (facts.mode === 'retire') {
    const copy = retiredCopy(facts);
    return copy && copyInUse(copy) && (copy.mayUnmount ?? null) === null
      ? [
          {
            question: `${copy.vgName} is in use: may the script unmount it once whoever uses it has stopped?`,
            field: 'existingCopy.mayUnmount',
            step: 'start',
          },
        ]
      : [];
  }
  const unanswered: UnansweredQuestion[] = [];
  if (facts.consistency.approach === null) unanswered.push(methodQuestion(answersOf(facts.consistency)));
  facts.applications.forEach((app, i) => {
    if (app.kind === 'none') return;
    const title = applicationTitle(app);
    if (app.running === null)
      unanswered.push({
        question: `Does ${title} run while the copy is taken?`,
        field: `applications.${i}.running`,
        step: 'consistency',
      });
    if (app.crashRecoverable === null)
      unanswered.push({
        question: `Can ${title} recover from a crash (as after a power cut)?`,
        field: `applications.${i}.crashRecoverable`,
        step: 'consistency',
      });
  });
  return unanswered;
}
