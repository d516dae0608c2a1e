'use client';

import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const LABEL: Record<CopyState, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' };

/** Copies the text of the code block it sits in; reads the DOM so the code is not sent twice. */
export function CopyButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    const code = ref.current?.closest('figure')?.querySelector('pre')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button ref={ref} type="button" className="copy-button" onClick={copy} aria-live="polite">
      {LABEL[state]}
      <span className="visually-hidden"> code</span>
    </button>
  );
}
