/** Picks the current wizard page from the URL. Each page is its own lazily loaded feature. */
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import type { StepId } from '../../core/wizard-steps';
import { useRunbooks } from '../store/runbooks';
import { FocusFromHash } from './focus-from-hash';
import type { StepPageProps } from './step-page-props';

const pages: Record<StepId, React.LazyExoticComponent<(p: StepPageProps) => React.ReactNode>> = {
  start: lazy(async () => ({ default: (await import('../features/start/start-page')).StartPage })),
  phase1: lazy(async () => ({ default: (await import('../features/phase1/phase1-page')).Phase1Page })),
  consistency: lazy(async () => ({
    default: (await import('../features/consistency/consistency-page')).ConsistencyPage,
  })),
  phase2: lazy(async () => ({ default: (await import('../features/phase2/phase2-page')).Phase2Page })),
  review: lazy(async () => ({ default: (await import('../features/review/review-page')).ReviewPage })),
  rehearse: lazy(async () => ({
    default: (await import('../features/rehearse/rehearse-page')).RehearsePage,
  })),
};

export function StepPage() {
  const { runbookId = '', step } = useParams();
  const exists = useRunbooks((s) => Boolean(s.runbooks[runbookId]));
  const Page = pages[step as StepId];
  if (!exists || !Page) return null;
  return (
    <Suspense fallback={<p className="mt-4 text-slate-600">Loading…</p>}>
      <Page runbookId={runbookId} />
      <FocusFromHash />
    </Suspense>
  );
}
