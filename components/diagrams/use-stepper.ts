import { useCallback, useEffect, useState } from 'react';
import type { StepAction } from './step-controls';

/** How long play rests on each step: long enough to read the stage's name and cost. */
export const STEP_MS = 1600;

export interface Stepper {
  index: number;
  playing: boolean;
  act: (action: StepAction) => void;
  /** Back to the first step, paused: for a new path. */
  reset: () => void;
}

/**
 * The step the message is at, and play. One timer at most: each step schedules
 * the next, and pausing, stepping by hand or unmounting cancels it.
 */
export function useStepper(count: number): Stepper {
  const [rawIndex, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const last = Math.max(count - 1, 0);
  const index = Math.min(rawIndex, last);

  useEffect(() => {
    if (!playing) return undefined;
    if (index >= last) {
      setPlaying(false);
      return undefined;
    }
    const timer = setTimeout(() => setIndex((i) => Math.min(i + 1, last)), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, last]);

  const act = useCallback(
    (action: StepAction) => {
      if (action === 'toggle') {
        if (playing) {
          setPlaying(false);
          return;
        }
        // Play moves at once, so the press visibly does something, and from the
        // start again once the message has arrived.
        setIndex(index >= last ? 0 : index + 1);
        setPlaying(true);
        return;
      }
      setPlaying(false);
      if (action === 'first') setIndex(0);
      else if (action === 'last') setIndex(last);
      else if (action === 'prev') setIndex(Math.max(index - 1, 0));
      else setIndex(Math.min(index + 1, last));
    },
    [index, last, playing],
  );

  const reset = useCallback(() => {
    setIndex(0);
    setPlaying(false);
  }, []);

  return { index, playing, act, reset };
}
