/**
 * The review mark: a named reviewer marks the runbook reviewed; the script's header then names them and
 * the runbook's version. Any change to the facts after it takes the mark off (core/model/review.ts).
 */
import { useState } from 'react';
import { reviewerNameProblem } from '../../../core/model/aix-names';
import { reviewLine, standingReview } from '../../../core/model/review';
import { type Runbook, useRunbooks } from '../../store/runbooks';
import { secondaryButton } from '../../ui/buttons';

export function ReviewMark({ runbook }: { runbook: Runbook }) {
  const markReviewed = useRunbooks((s) => s.markReviewed);
  const clearReview = useRunbooks((s) => s.clearReview);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const review = standingReview(runbook.review, runbook.facts);
  return (
    <section aria-labelledby="review-mark" className="no-print mt-8">
      <h2 id="review-mark" className="text-xl font-semibold">
        Review
      </h2>
      {review ? (
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <p role="status">Reviewed: {reviewLine(review)}. The script's header says so.</p>
          <button type="button" className={secondaryButton} onClick={() => clearReview(runbook.id)}>
            Take the review off
          </button>
        </div>
      ) : (
        <form
          className="mt-1"
          onSubmit={(e) => {
            e.preventDefault();
            const trimmed = name.trim();
            const wrong = reviewerNameProblem(trimmed);
            setProblem(wrong ?? '');
            if (!wrong) markReviewed(runbook.id, trimmed);
          }}
        >
          <p role="status" className="text-slate-700">
            Not reviewed. A reviewer who has read the plan and the script marks it reviewed; any later change
            to the facts takes the mark off.
          </p>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <label className="text-sm">
              Reviewer's name
              <input
                className="mt-1 block rounded border border-slate-300 px-2 py-1"
                value={name}
                aria-invalid={problem !== ''}
                aria-describedby={problem ? 'reviewer-problem' : undefined}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <button type="submit" className={secondaryButton}>
              Mark reviewed
            </button>
          </div>
          {problem && (
            <p id="reviewer-problem" className="mt-1 text-sm text-red-700">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
