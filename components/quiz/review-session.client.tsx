'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { StorageNotice } from '@/components/progress/storage-notice.client';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/use-progress';
import type { QuizItem } from '@/lib/quiz/item';
import type { Response } from '@/lib/quiz/response';
import { BOX_COUNT, dueIds, nextDueAt } from '@/lib/quiz/review';
import { QuestionView } from './question-view';
import { QuizSummary } from './quiz-summary';

export interface ReviewSessionProps {
  items: QuizItem[];
}

/**
 * Spaced review: the questions the learner missed, when they fall due
 * (Leitner boxes, lib/quiz/review.ts). The queue is fixed when a session
 * starts, so answering a card does not reshuffle the questions under the learner.
 */
export function ReviewSession({ items }: ReviewSessionProps) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.data.review);
  const lab = useProgress((s) => s.data.lab);
  const known = useMemo(() => new Map(items.map((i) => [i.question.id, i.hash])), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.question.id, i])), [items]);
  const [now, setNow] = useState(0);
  const [queue, setQueue] = useState<QuizItem[] | null>(null);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Response>>({});
  const [navigated, setNavigated] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!hydrated) return;
    // This page knows every question of the course, so it can drop records of removed ones too.
    progressActions().dropStale(known, true);
    setNow(Date.now());
  }, [hydrated, known]);

  const due = hydrated && now > 0 ? dueIds(cards, now, known) : [];
  const finished = queue !== null && index >= queue.length;
  useEffect(() => {
    if (finished) summaryHeading.current?.focus({ preventScroll: true });
  }, [finished]);

  if (!hydrated || now === 0) return <p className="quiz-loading">Loading your review…</p>;

  const start = () => {
    setQueue(due.map((id) => byId.get(id)).filter((i): i is QuizItem => i !== undefined));
    setIndex(0);
    setAnswers({});
    setNavigated(true);
  };

  if (queue === null || finished) {
    const waiting = Object.keys(cards).length;
    const next = nextDueAt(cards, now);
    return (
      <div className="quiz review-intro">
        <StorageNotice />
        {finished && queue ? (
          <QuizSummary items={queue} answers={answers} title="This review session" headingLevel={2} headingRef={summaryHeading} />
        ) : null}
        <p className="review-due" role="status">
          {due.length > 0
            ? `${due.length} ${due.length === 1 ? 'question is' : 'questions are'} due for review.`
            : waiting > 0
              ? `Nothing is due now.${next ? ` The next review is due ${describeWhen(next, now)}.` : ''}`
              : 'Nothing to review yet: questions you miss in a lesson quiz or the exam come here.'}
        </p>
        {waiting > 0 ? <BoxCounts cards={Object.values(cards)} /> : null}
        {due.length > 0 ? (
          <button type="button" className="quiz-button" onClick={start}>
            {finished ? 'Review the rest' : 'Start reviewing'}
          </button>
        ) : null}
      </div>
    );
  }

  const item = queue[index];
  if (!item) return null;
  return (
    <div className="quiz">
      <StorageNotice />
      <QuestionView
        key={item.question.id}
        item={item}
        position={{ index, total: queue.length }}
        headingLevel={2}
        mode="practice"
        answer={answers[item.question.id] ?? null}
        onAnswer={(response, grade) => {
          progressActions().review(item.question.id, grade.correct);
          setAnswers((a) => ({ ...a, [item.question.id]: response }));
        }}
        onNext={() => {
          setIndex((i) => i + 1);
          setNavigated(true);
        }}
        nextLabel={index < queue.length - 1 ? 'Next question' : 'Finish this session'}
        autoFocus={navigated}
        labScenario={lab}
      />
      <p className="quiz-meta">From the lesson “{item.lessonTitle}”.</p>
    </div>
  );
}

function BoxCounts({ cards }: { cards: { box: number }[] }) {
  const counts = Array.from({ length: BOX_COUNT }, (_, i) => cards.filter((c) => Math.min(c.box, BOX_COUNT) === i + 1).length);
  return (
    <p className="review-boxes">
      In review: {counts.map((n, i) => `box ${i + 1}: ${n}`).join(', ')}. Each right answer moves a question up a box and further out in
      time; a wrong one sends it back to box 1.
    </p>
  );
}

function describeWhen(at: number, now: number): string {
  const hours = Math.round((at - now) / 3_600_000);
  if (hours < 1) return 'within the hour';
  if (hours < 24) return `in about ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const days = Math.round(hours / 24);
  return `in ${days} ${days === 1 ? 'day' : 'days'}`;
}
