'use client';

import { scoreOf } from '@/lib/quiz/progress';
import { useProgress, useProgressHydrated } from './use-progress';

export interface LessonProgressProps {
  lesson: string;
  /** The lesson's questions as they are now (id and hash), so answers to edited questions do not count. */
  questions: readonly { id: string; hash: string }[];
  /** Compact for the sidebar. */
  variant?: 'card' | 'nav';
}

/** "Read" and the quiz score for one lesson. Nothing until saved progress has loaded, so the HTML never lies. */
export function LessonProgress({ lesson, questions, variant = 'card' }: LessonProgressProps) {
  const hydrated = useProgressHydrated();
  const read = useProgress((s) => s.data.read[lesson] !== undefined);
  const answers = useProgress((s) => s.data.answers);
  if (!hydrated) return null;
  const score = scoreOf(answers, questions);
  if (!read && score.answered === 0) return null;
  const done = score.total > 0 && score.answered === score.total;
  return (
    <span className={`lesson-progress lesson-progress-${variant}`}>
      {read ? (
        <span className="progress-badge is-read">
          <span aria-hidden="true">✓ </span>Read
        </span>
      ) : null}
      {score.answered > 0 ? (
        <span className={`progress-badge ${done ? 'is-done' : ''}`}>
          {variant === 'nav' ? (
            <>
              <span className="visually-hidden">Quiz: </span>
              {score.correct}/{score.total}
              <span className="visually-hidden"> right</span>
            </>
          ) : (
            `Quiz: ${score.correct} of ${score.total} right${done ? '' : ` (${score.answered} answered)`}`
          )}
        </span>
      ) : null}
    </span>
  );
}
