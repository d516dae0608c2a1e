import { LessonQuizLoader } from './lesson-quiz-loader.client';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { getQuizItems } from './quiz-data';

export interface QuizProps {
  /** The lesson slug whose bank (content/quizzes/<bank>.json) to ask. */
  bank: string;
}

/**
 * `<Quiz bank="dpdk" />` at the end of a lesson. A server component: the bank
 * is read, checked and rendered to HTML at build time; only the quiz itself
 * runs in the browser, and its code loads as the reader nears it.
 */
export async function Quiz({ bank }: QuizProps) {
  const items = await getQuizItems(bank);
  return (
    <WidgetErrorBoundary what="This quiz" note="Your saved progress is safe.">
      <LessonQuizLoader lesson={bank} items={items}>
        <section className="quiz" aria-labelledby={`quiz-${bank}-title`}>
          <header className="quiz-header">
            <h2 id={`quiz-${bank}-title`}>Check your understanding</h2>
            <p className="quiz-meta">{items.length} questions · loading the quiz…</p>
          </header>
        </section>
      </LessonQuizLoader>
    </WidgetErrorBoundary>
  );
}
