'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/content/lesson-schema';

export interface TocProps {
  entries: readonly TocEntry[];
}

/** On-page contents; highlights the section being read (the last heading scrolled past). */
export function Toc({ entries }: TocProps) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const headings = entries
      .map((e) => document.getElementById(e.id))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    const update = () => {
      const line = window.innerHeight * 0.25;
      let current: string | null = headings[0]?.id ?? null;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) current = h.id;
        else break;
      }
      setActive(current);
    };
    update();
    // One passive scroll listener with rAF coalescing: cheaper than an observer per heading here.
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [entries]);

  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ol>
        {entries
          .filter((e) => e.depth <= 3)
          .map((e) => (
            <li key={e.id} className={`toc-depth-${e.depth}`}>
              <a href={`#${e.id}`} aria-current={active === e.id ? 'location' : undefined}>
                {e.text}
              </a>
            </li>
          ))}
      </ol>
    </nav>
  );
}
