'use client';

import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useWantedSoon } from '@/components/lazy/use-wanted-soon';
import type { PathVariantId } from '@/lib/diagram';
import type { StackDiagramAppProps } from './stack-diagram-app.client';

export interface StackDiagramLoaderProps {
  variant: PathVariantId;
  compare: PathVariantId | null;
  /** The server-rendered first step, shown until the interactive diagram has loaded. */
  children: ReactNode;
}

/**
 * Shows the server-rendered diagram at once and fetches the interactive one
 * (the latency model and the controls, most of the diagram's JavaScript) only
 * when it is needed, so that it stays out of the page's first load. Every
 * diagram on a page shares the one chunk.
 */
export function StackDiagramLoader({ variant, compare, children }: StackDiagramLoaderProps) {
  const [App, setApp] = useState<ComponentType<StackDiagramAppProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);

  // Loaded when the diagram nears the viewport, when the page goes idle, or at
  // once when a reader reaches it by keyboard or pointer.
  const [wanted, want] = useWantedSoon(root);

  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    import('./stack-diagram-app.client').then(
      (m) => {
        if (!current) return;
        hadFocus.current = root.current?.contains(document.activeElement) ?? false;
        setApp(() => m.StackDiagramApp);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  // The live diagram replaces the static one: a reader who had tabbed into it stays there.
  useLayoutEffect(() => {
    if (App && hadFocus.current) root.current?.querySelector<HTMLElement>('.sd-canvas')?.focus();
  }, [App]);

  return (
    <div className="sd-root" ref={root} onFocus={App ? undefined : want} onPointerEnter={App ? undefined : want}>
      {App ? <App variant={variant} compare={compare} /> : children}
      {failed ? (
        <p className="sd-error" role="status">
          The interactive diagram could not load; this is its first step. Reload the page to try again.
        </p>
      ) : null}
    </div>
  );
}
