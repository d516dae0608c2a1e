import { useEffect, useState } from 'react';
import type { ComputedInstance, ScenarioValues } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';

/**
 * Draws a computed question's scenario once the view mounts. The model is
 * loaded with a dynamic import, so a lesson whose quiz has no computed
 * question never downloads it. The attempt's seed is the time it started:
 * recorded in the instance, it reproduces the draw.
 */
export function useComputedInstance(
  q: Question,
  needed: boolean,
  labScenario: ScenarioValues | null,
  onReady: (instance: ComputedInstance) => void,
): void {
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (!needed || q.type !== 'computed') return;
    let live = true;
    import('@/lib/quiz/computed')
      .then(({ instantiate }) => {
        if (live) onReady(instantiate(q, { seed: String(Date.now()), labScenario }));
      })
      .catch((err: unknown) => {
        if (live) setError(err instanceof Error ? err : new Error(String(err)));
      });
    return () => {
      live = false;
    };
    // onReady is a fresh closure each render; the draw depends only on the question.
  }, [needed, q, labScenario]);
  // Rethrown while rendering so the quiz's error boundary shows its fallback.
  if (error) throw error;
}
