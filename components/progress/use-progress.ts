import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { hydrateProgress, type ProgressStore, progressStore } from '@/lib/store/progress';
import { type StorageHealth, storageHealth } from '@/lib/store/storage';

/** A narrow view of the learner's progress; pick one field so unrelated changes do not re-render. */
export function useProgress<T>(selector: (s: ProgressStore) => T): T {
  return useStore(progressStore, selector);
}

export function useStorageHealth<T>(selector: (s: StorageHealth) => T): T {
  return useStore(storageHealth, selector);
}

/** The store's actions (stable: they never change, so reading them does not subscribe). */
export const progressActions = (): ProgressStore => progressStore.getState();

const subscribeHydration = (onChange: () => void) => progressStore.persist.onFinishHydration(onChange);
const hydratedNow = () => progressStore.persist.hasHydrated();
const hydratedOnServer = () => false;

/**
 * Loads saved progress after the first render and reports when it is in.
 * False on the server and during hydration, so the first client render
 * matches the static HTML.
 */
export function useProgressHydrated(): boolean {
  useEffect(hydrateProgress, []);
  return useSyncExternalStore(subscribeHydration, hydratedNow, hydratedOnServer);
}
