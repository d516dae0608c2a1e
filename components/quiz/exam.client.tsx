'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { StorageNotice } from '@/components/progress/storage-notice.client';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/use-progress';
import { drawExam, EXAM_SIZE } from '@/lib/quiz/exam';
import { grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import type { Response } from '@/lib/quiz/response';
import { QuestionView } from './question-view';
import { QuizSummary } from './quiz-summary';

export interface ExamProps {
  items: QuizItem[];
  size?: number;
}

interface Sitting {
  seed: number;
  items: QuizItem[];
}

/**
 * The course exam: questions drawn from every lesson, answered without
 * feedback until the whole exam is submitted; then the score and every
 * question reviewed. Misses go to spaced review.
 */
export function Exam({ items, size = EXAM_SIZE }: ExamProps) {
  useProgressHydrated();
  const lab = useProgress((s) => s.data.lab);
  const [sitting, setSitting] = useState<Sitting | null>(null);
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [index, setIndex] = useState(0);
  const [navigated, setNavigated] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const lessons = new Set(items.map((i) => i.lesson)).size;

  useEffect(() => {
    if (submitted) resultsHeading.current?.focus({ preventScroll: true });
  }, [submitted]);
  useEffect(() => {
    if (confirming) confirmText.current?.focus({ preventScroll: true });
  }, [confirming]);

  const start = () => {
    // The clock seeds the draw (at the edge); drawExam itself is pure.
    const seed = Date.now();
    setSitting({ seed, items: drawExam(items, seed, size) });
    setResponses({});
    setIndex(0);
    setSubmitted(false);
    setConfirming(false);
    setNavigated(true);
  };

  if (!sitting) {
    return (
      <div className="quiz exam-intro">
        <StorageNotice />
        <p>
          {Math.min(size, items.length)} questions drawn from the quizzes of {lessons} {lessons === 1 ? 'lesson' : 'lessons'}, different each time. You see no feedback until you
          submit; then you get your score and every question explained. Questions you miss are added to your review.
        </p>
        <p className="quiz-keys">Keys: 1–9 choose, Enter saves your answer and goes on.</p>
        <button type="button" className="quiz-button" onClick={start}>
          Start the exam
        </button>
      </div>
    );
  }

  const drawn = sitting.items;
  const unanswered = drawn.filter((i) => !responses[i.question.id]).length;

  const submit = () => {
    const results = drawn.map((i) => {
      const r = responses[i.question.id];
      return { id: i.question.id, lesson: i.lesson, hash: i.hash, correct: r ? grade(i.question, r).correct : false };
    });
    progressActions().exam(results);
    setSubmitted(true);
  };

  if (submitted) {
    return (
      <div className="quiz">
        <QuizSummary items={drawn} answers={responses} title="Your exam results" headingLevel={2} headingRef={resultsHeading} />
        <p className="quiz-actions">
          <button type="button" className="quiz-button" onClick={start}>
            Take another exam
          </button>
          <Link className="quiz-button quiz-button-quiet" href="/review/">
            Go to your review
          </Link>
        </p>
      </div>
    );
  }

  const item = drawn[index];
  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(drawn.length - 1, to)));
    setNavigated(true);
  };
  return (
    <div className="quiz">
      <StorageNotice />
      <p className="quiz-meta">
        {drawn.length - unanswered} of {drawn.length} answered
      </p>
      {item ? (
        <QuestionView
          key={`${sitting.seed}:${item.question.id}`}
          item={item}
          position={{ index, total: drawn.length }}
          headingLevel={2}
          mode="deferred"
          answer={responses[item.question.id] ?? null}
          onAnswer={(response) => {
            setResponses((rs) => ({ ...rs, [item.question.id]: response }));
            if (index < drawn.length - 1) go(index + 1);
          }}
          autoFocus={navigated}
          labScenario={lab}
        />
      ) : null}
      <nav className="quiz-actions exam-nav" aria-label="Exam questions">
        <button type="button" className="quiz-button quiz-button-quiet" onClick={() => go(index - 1)} disabled={index === 0}>
          Previous question
        </button>
        <button type="button" className="quiz-button quiz-button-quiet" onClick={() => go(index + 1)} disabled={index === drawn.length - 1}>
          Skip to next question
        </button>
        <button type="button" className="quiz-button" onClick={() => (unanswered > 0 ? setConfirming(true) : submit())}>
          Submit the exam
        </button>
      </nav>
      {confirming && unanswered > 0 ? (
        <div className="quiz-confirm">
          <p ref={confirmText} tabIndex={-1} role="alert">
            {unanswered} {unanswered === 1 ? 'question is' : 'questions are'} not answered and will count as wrong. Submit anyway?
          </p>
          <p className="quiz-actions">
            <button type="button" className="quiz-button" onClick={submit}>
              Submit anyway
            </button>
            <button type="button" className="quiz-button quiz-button-quiet" onClick={() => setConfirming(false)}>
              Keep going
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
