import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import {
  clearAnswers,
  dropStale,
  emptyProgress,
  markRead,
  mergeProgress,
  PROGRESS_VERSION,
  type ProgressData,
  type QuestionKey,
  recordAnswer,
  recordExam,
  recordReview,
  resetLesson,
  setLab,
} from '@/lib/quiz/progress';
import { parseProgress } from '@/lib/quiz/progress-parse';
import type { Response, ScenarioValues } from '@/lib/quiz/response';
import { createSafeStorage, storageHealth } from './storage';

/** The localStorage key; namespaced so other sites on the same origin (a dev server) do not collide. */
export const PROGRESS_KEY = 'bypass:progress';

export interface ProgressStore {
  data: ProgressData;
  answer(q: QuestionKey, answer: { response: Response; correct: boolean; shown: readonly string[] }): void;
  clearAnswers(ids: readonly string[]): void;
  resetLesson(lesson: string): void;
  resetAll(): void;
  markRead(lesson: string): void;
  review(id: string, correct: boolean): void;
  exam(results: readonly (QuestionKey & { correct: boolean })[]): void;
  setLab(lab: ScenarioValues | null): void;
  dropStale(current: ReadonlyMap<string, string>, complete?: boolean): void;
  /** Merges imported progress into this browser's. */
  importData(data: ProgressData): void;
}

/**
 * The learner's progress, persisted. Actions delegate to the pure reducers in
 * lib/quiz/progress.ts; the clock is read here, at the edge, and nowhere else.
 *
 * skipHydration: the static HTML is rendered without any progress, so the
 * store loads it only once a client component has mounted (see
 * hydrateProgress); reading it during the first render would not match the HTML.
 */
export const progressStore = createStore<ProgressStore>()(
  persist(
    (set) => {
      const update = (fn: (d: ProgressData) => ProgressData) => set((s) => ({ data: fn(s.data) }));
      return {
        data: emptyProgress(),
        answer: (q, a) => update((d) => recordAnswer(d, q, a, Date.now())),
        clearAnswers: (ids) => update((d) => clearAnswers(d, ids)),
        resetLesson: (lesson) => update((d) => resetLesson(d, lesson)),
        resetAll: () => update(() => emptyProgress()),
        markRead: (lesson) => update((d) => markRead(d, lesson, Date.now())),
        review: (id, correct) => update((d) => recordReview(d, id, correct, Date.now())),
        exam: (results) => update((d) => recordExam(d, results, Date.now())),
        setLab: (lab) => update((d) => setLab(d, lab)),
        dropStale: (current, complete) => update((d) => dropStale(d, current, complete)),
        importData: (data) => update((d) => mergeProgress(d, data)),
      };
    },
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<ProgressData>(),
      skipHydration: true,
      partialize: (s) => s.data,
      // Version 1 is the first; a future version adds its step here. Anything
      // older or unknown goes through the tolerant parser in merge.
      migrate: (persisted) => persisted as ProgressData,
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const { data, dropped } = parseProgress(persisted);
        if (dropped > 0) storageHealth.setState({ recovered: { dropped, unreadable: false, backupKey: null } });
        return { ...current, data };
      },
    },
  ),
);

// One storage listener per page, however many components ask for progress.
let syncing = false;

/**
 * Loads saved progress once (later calls do nothing) and follows other tabs:
 * an answer given in one tab shows in the others. Call from a client effect.
 */
export function hydrateProgress(): void {
  if (progressStore.persist.hasHydrated() || typeof window === 'undefined') return;
  void progressStore.persist.rehydrate();
  if (syncing) return;
  syncing = true;
  window.addEventListener('storage', (e) => {
    if (e.key === PROGRESS_KEY) void progressStore.persist.rehydrate();
  });
}
