import { type RefObject, useEffect } from 'react';
import { progressActions } from '@/components/progress/use-progress';

/**
 * Marks the lesson read when its quiz, at the end, comes into view: the
 * learner has reached the end of the lesson. Waits for saved progress to load,
 * so the write never lands on an empty store.
 */
export function useMarkRead(target: RefObject<HTMLElement | null>, lesson: string, hydrated: boolean): void {
  useEffect(() => {
    const el = target.current;
    if (!hydrated || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        progressActions().markRead(lesson);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [target, lesson, hydrated]);
}
