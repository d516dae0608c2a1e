import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * When to fetch the code of a widget that is not needed for the first paint:
 * once it comes within a screen of the viewport, once the page has been idle
 * for `idleMs` after load, or at once when `want()` is called (focus, pointer).
 * Keeps heavy interactive parts out of a page's first-load JavaScript.
 */
export function useWantedSoon(target: RefObject<HTMLElement | null>, idleMs = 2000): [boolean, () => void] {
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);

  useEffect(() => {
    if (wanted) return undefined;
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setWanted(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setWanted(true);
    }, { rootMargin: '100% 0px' });
    observer.observe(el);
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => setWanted(true));
      else setWanted(true);
    }, idleMs);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [target, idleMs, wanted]);

  return [wanted, want];
}
