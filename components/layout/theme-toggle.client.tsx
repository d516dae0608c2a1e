'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'bypass-theme';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const currentTheme = (): Theme | null => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** Switches light/dark and remembers the choice; ThemeScript applies it before paint on the next load. */
export function ThemeToggle() {
  // The server cannot know the theme: render nothing theme-specific until hydrated.
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';

  function toggle() {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage blocked: the switch still applies to this page.
    }
    document.documentElement.dataset.theme = next;
    document.documentElement.dataset.themeChosen = 'true';
  }

  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      disabled={theme === null}
    >
      <span aria-hidden="true" className="theme-icon" />
      <span>Dark theme</span>
    </button>
  );
}
