import type { Metadata } from 'next';
import { getLessons } from '@/components/content-data';
import { ProgressPanel } from '@/components/progress/progress-panel.client';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { getBankSummaries } from '@/components/quiz/bank-summaries';
import { getAllQuizItems } from '@/components/quiz/quiz-data';
import { ReviewSession } from '@/components/quiz/review-session.client';

export const metadata: Metadata = {
  title: 'Review',
  description: 'Spaced review of the questions you missed, and your progress through the course: export, import or reset it.',
  alternates: { canonical: '/review/' },
};

export default async function ReviewPage() {
  const items = await getAllQuizItems();
  const lessons = getLessons().map((l) => ({ slug: l.slug, title: l.title }));
  return (
    <div className="page review-page">
      <h1>Review</h1>
      <p className="lede">
        The questions you missed come back here, spaced out: a day later, then three days, a week, two weeks, five weeks, until you
        answer them right every time. A few minutes here keep the course from fading.
      </p>
      <WidgetErrorBoundary what="The review" note="Your saved progress is safe.">
        <ReviewSession items={items} />
      </WidgetErrorBoundary>
      <section className="progress-section" aria-labelledby="progress-title">
        <h2 id="progress-title">Your progress</h2>
        <p>
          Progress lives in this browser only: nothing is sent anywhere. Export it to keep a copy or to move it to another browser, where
          importing merges it with what is there.
        </p>
        <WidgetErrorBoundary what="Your progress" note="Your saved progress is safe.">
          <ProgressPanel lessons={lessons} banks={getBankSummaries()} />
        </WidgetErrorBoundary>
      </section>
    </div>
  );
}
