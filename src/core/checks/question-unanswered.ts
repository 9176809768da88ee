/**
 * A question that decides what happens to production (unmount, freeze, stop the application) is never
 * answered for the admin: while one is open the script is not written, whoever asks for it (wizard, API,
 * command line). docs/unanswered.md.
 */
import { unansweredQuestions } from '../model/unanswered';
import { wizardSteps } from '../wizard-steps';
import { defineCheck } from './check';

export const questionUnanswered = defineCheck('question-unanswered', ({ facts }) =>
  unansweredQuestions(facts).map(({ question, field, step }) => ({
    severity: 'blocker' as const,
    finding: `Not answered: “${question}”`,
    reason:
      'The answer decides what the script does to production (unmount, freeze, stop the application); vgcopy never assumes it.',
    fix: `Answer it on the ${wizardSteps.find((s) => s.id === step)?.title} page.`,
    step,
    field,
  })),
);
