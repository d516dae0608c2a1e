import { useEffect } from 'react';
import { progressActions, useProgressHydrated } from '@/components/progress/use-progress';
import type { ScenarioValues } from '@/lib/quiz/response';
import { DEFAULT_SETTINGS, type ScenarioSettings } from '@/lib/store/scenario';

// Saved once a slider has come to rest: persisting writes localStorage.
const SETTLE_MS = 400;

/**
 * Remembers the lab's scenario in the learner's progress, so that quiz
 * questions marked `fromLab` ask about the network and message set here.
 * Waits for saved progress to load: writing earlier would save an empty
 * record over the learner's answers.
 */
export function useSaveLabScenario(settings: ScenarioSettings) {
  const hydrated = useProgressHydrated();
  useEffect(() => {
    if (!hydrated) return;
    const timer = window.setTimeout(() => {
      const values: ScenarioValues = {};
      for (const [key, value] of Object.entries({ ...DEFAULT_SETTINGS, ...settings })) {
        if (value !== undefined) values[key] = value;
      }
      progressActions().setLab(values);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [hydrated, settings]);
}
