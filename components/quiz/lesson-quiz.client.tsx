'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { StorageNotice } from '@/components/progress/storage-notice.client';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/use-progress';
import type { Grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import type { Response } from '@/lib/quiz/response';
import { QuestionView } from './question-view';
import { QuizSummary } from './quiz-summary';
import { useMarkRead } from './use-mark-read';

export interface LessonQuizProps {
  lesson: string;
  items: QuizItem[];
}

/**
 * A lesson's quiz: one question at a time with immediate feedback, answers
 * saved as they are given, then a summary with "retry all" and "retry only
 * the ones I missed". After a reload it resumes where the learner left off.
 */
export function LessonQuiz({ lesson, items }: LessonQuizProps) {
  const hydrated = useProgressHydrated();
  const saved = useProgress((s) => s.data.answers);
  const lab = useProgress((s) => s.data.lab);
  // Questions in this round (null: all); the question on screen (undefined: the first open one; null: the summary).
  const [round, setRound] = useState<string[] | null>(null);
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const [roundNo, setRoundNo] = useState(0);
  const [navigated, setNavigated] = useState(false);
  const root = useRef<HTMLElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (hydrated) progressActions().dropStale(new Map(items.map((i) => [i.question.id, i.hash])));
  }, [hydrated, items]);
  useMarkRead(root, lesson, hydrated);

  const answers = useMemo(() => {
    const out: Record<string, Response | undefined> = {};
    for (const { question, hash } of items) {
      const a = saved[question.id];
      if (a && a.hash === hash) out[question.id] = a.response;
    }
    return out;
  }, [items, saved]);

  const roundItems = round ? items.filter((i) => round.includes(i.question.id)) : items;
  const shownId = current === undefined ? (roundItems.find((i) => !answers[i.question.id])?.question.id ?? null) : current;
  const index = roundItems.findIndex((i) => i.question.id === shownId);
  const item = roundItems[index];

  useEffect(() => {
    if (navigated && shownId === null) summaryHeading.current?.focus({ preventScroll: true });
  }, [navigated, shownId]);

  const goNext = () => {
    const after = [...roundItems.slice(index + 1), ...roundItems.slice(0, Math.max(index, 0))];
    setCurrent(after.find((i) => !answers[i.question.id])?.question.id ?? null);
    setNavigated(true);
  };
  const onAnswer = (it: QuizItem) => (response: Response, grade: Grade) => {
    progressActions().answer({ id: it.question.id, lesson, hash: it.hash }, { response, correct: grade.correct, shown: it.order });
    setCurrent(it.question.id);
  };
  const startRound = (ids: string[] | null) => {
    progressActions().clearAnswers(ids ?? items.map((i) => i.question.id));
    setRound(ids);
    setCurrent(undefined);
    setRoundNo((n) => n + 1);
    setNavigated(true);
  };
  const missed = items.filter((i) => answers[i.question.id] && !isRight(i, saved)).map((i) => i.question.id);
  const answeredCount = items.filter((i) => answers[i.question.id]).length;

  return (
    <section ref={root} className="quiz" aria-labelledby={`quiz-${lesson}-title`}>
      <header className="quiz-header">
        <h2 id={`quiz-${lesson}-title`}>Check your understanding</h2>
        <p className="quiz-meta">
          {items.length} questions · {answeredCount} answered
          {round ? ` · retrying ${round.length} you missed` : ''}
          <span className="quiz-keys"> · Keys: 1–9 choose, Enter checks, N goes on</span>
        </p>
        <StorageNotice />
      </header>
      {item ? (
        <QuestionView
          key={`${item.question.id}:${roundNo}`}
          item={item}
          position={{ index, total: roundItems.length }}
          headingLevel={3}
          mode="practice"
          answer={answers[item.question.id] ?? null}
          onAnswer={onAnswer(item)}
          onNext={goNext}
          nextLabel={roundItems.some((i) => i !== item && !answers[i.question.id]) ? 'Next question' : 'See your results'}
          onRetry={() => progressActions().clearAnswers([item.question.id])}
          autoFocus={navigated}
          labScenario={lab}
        />
      ) : (
        <QuizSummary
          items={items}
          answers={answers}
          title="Your results"
          headingLevel={3}
          headingRef={summaryHeading}
          onRetryAll={() => startRound(null)}
          onRetryMissed={() => startRound(missed)}
        />
      )}
    </section>
  );
}

function isRight(item: QuizItem, saved: Readonly<Record<string, { correct: boolean; hash: string } | undefined>>): boolean {
  const a = saved[item.question.id];
  return a !== undefined && a.hash === item.hash && a.correct;
}
