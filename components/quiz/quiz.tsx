import { LessonQuiz } from './lesson-quiz.client';
import { QuizErrorBoundary } from './quiz-error-boundary.client';
import { getQuizItems } from './quiz-data';

export interface QuizProps {
  /** The lesson slug whose bank (content/quizzes/<bank>.json) to ask. */
  bank: string;
}

/**
 * `<Quiz bank="dpdk" />` at the end of a lesson. A server component: the bank
 * is read, checked and rendered to HTML at build time; only the quiz itself
 * runs in the browser.
 */
export async function Quiz({ bank }: QuizProps) {
  const items = await getQuizItems(bank);
  return (
    <QuizErrorBoundary>
      <LessonQuiz lesson={bank} items={items} />
    </QuizErrorBoundary>
  );
}
