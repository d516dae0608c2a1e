'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { UrlProblem } from '@/lib/scenario-url';

export interface UrlSyncOptions {
  /** Applies what the page's URL holds and returns what it had to ignore. Runs once, after hydration. */
  load: (params: URLSearchParams) => UrlProblem[];
  /** The query string ("" or "?…") the current state should have. */
  query: string;
}

/**
 * Keeps a page's state and its URL in step: the URL is read once after hydration
 * (the static HTML was rendered without it), then every change is written back
 * with replaceState, debounced so that a slider drag leaves one history entry's
 * worth of work rather than sixty. Nothing is written before the URL was read,
 * or a shared link would be overwritten with the defaults.
 */
export function useUrlSync({ load, query }: UrlSyncOptions): { problems: UrlProblem[]; dismiss: () => void } {
  const [loaded, setLoaded] = useState(false);
  const [problems, setProblems] = useState<UrlProblem[]>([]);
  const loadFromUrl = useEffectEvent(() => {
    setProblems(load(new URLSearchParams(window.location.search)));
    setLoaded(true);
  });

  useEffect(() => loadFromUrl(), []);

  useEffect(() => {
    if (!loaded) return;
    const timer = window.setTimeout(() => {
      const next = `${window.location.pathname}${query}${window.location.hash}`;
      const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (next !== now) window.history.replaceState(window.history.state, '', next);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [loaded, query]);

  return { problems, dismiss: () => setProblems([]) };
}
