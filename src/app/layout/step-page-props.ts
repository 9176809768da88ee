/**
 * What every wizard page gets from the step page (step-page.tsx), which lazy-loads them. Its own file so
 * the pages depend on the props, not on the page that loads them.
 */
export interface StepPageProps {
  runbookId: string;
}
