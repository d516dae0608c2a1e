import { type Ref, useId } from 'react';
import { grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import type { Response } from '@/lib/quiz/response';
import { AnswerReview } from './answer-review';

export interface QuizSummaryProps {
  items: readonly QuizItem[];
  answers: Readonly<Record<string, Response | undefined>>;
  title: string;
  headingLevel: 2 | 3;
  onRetryAll?: () => void;
  onRetryMissed?: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The score, the retry buttons, and every question reviewed with every option. */
export function QuizSummary({ items, answers, title, headingLevel, onRetryAll, onRetryMissed, headingRef }: QuizSummaryProps) {
  const graded = items.map((item) => {
    const response = answers[item.question.id] ?? null;
    return { item, response, grade: response ? grade(item.question, response) : null };
  });
  const right = graded.filter((g) => g.grade?.correct).length;
  const missed = graded.length - right;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-summary`;
  return (
    <section className="quiz-summary" aria-labelledby={headingId}>
      <H id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </H>
      <p className="quiz-score">
        You got <strong>{right}</strong> of {graded.length} right.
        {missed === 0 ? ' All of them: well done.' : ''}
      </p>
      {onRetryAll || onRetryMissed ? (
        <p className="quiz-actions">
          {onRetryMissed && missed > 0 && missed < graded.length ? (
            <button type="button" className="quiz-button" onClick={onRetryMissed}>
              Retry only the ones I missed ({missed})
            </button>
          ) : null}
          {onRetryAll ? (
            <button type="button" className="quiz-button quiz-button-quiet" onClick={onRetryAll}>
              Retry all {graded.length} questions
            </button>
          ) : null}
        </p>
      ) : null}
      <ol className="quiz-review-list" aria-label="Every question, with your answers">
        {graded.map(({ item, response, grade: g }, i) => (
          <AnswerReview key={item.question.id} item={item} number={i + 1} response={response} grade={g} headingLevel={headingLevel === 2 ? 3 : 4} />
        ))}
      </ol>
    </section>
  );
}
