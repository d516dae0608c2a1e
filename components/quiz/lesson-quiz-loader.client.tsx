'use client';

import { type ComponentType, type ReactNode, useEffect, useRef, useState } from 'react';
import { useWantedSoon } from '@/components/lazy/use-wanted-soon';
import type { LessonQuizProps } from './lesson-quiz.client';

export interface LessonQuizLoaderProps extends LessonQuizProps {
  /** Server-rendered stand-in shown until the quiz's code has loaded. */
  children: ReactNode;
}

/**
 * The quiz sits at the end of a long lesson: its code loads when the reader
 * nears it (or the page has gone idle), not with the page, so the lesson's
 * first-load JavaScript stays small.
 */
export function LessonQuizLoader({ lesson, items, children }: LessonQuizLoaderProps) {
  const root = useRef<HTMLDivElement>(null);
  const [wanted, want] = useWantedSoon(root);
  const [Quiz, setQuiz] = useState<ComponentType<LessonQuizProps> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    import('./lesson-quiz.client').then(
      (m) => {
        if (live) setQuiz(() => m.LessonQuiz);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  return (
    <div ref={root} onFocus={Quiz ? undefined : want} onPointerEnter={Quiz ? undefined : want}>
      {Quiz ? <Quiz lesson={lesson} items={items} /> : children}
      {failed ? (
        <p className="quiz-error" role="status">
          The quiz could not load. Reload the page to try again.
        </p>
      ) : null}
    </div>
  );
}
