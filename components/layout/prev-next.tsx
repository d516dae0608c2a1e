import Link from 'next/link';
import type { NavLesson } from '@/lib/nav';
import { lessonHref } from '@/lib/nav';

export interface PrevNextProps {
  prev: NavLesson | null;
  next: NavLesson | null;
}

export function PrevNext({ prev, next }: PrevNextProps) {
  return (
    <nav className="prev-next" aria-label="Previous and next lesson">
      {prev ? (
        <Link className="prev-next-link prev" href={lessonHref(prev.slug)} rel="prev">
          <span className="prev-next-dir">Previous</span>
          <span className="prev-next-title">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="prev-next-link next" href={lessonHref(next.slug)} rel="next">
          <span className="prev-next-dir">Next</span>
          <span className="prev-next-title">{next.title}</span>
        </Link>
      ) : (
        <Link className="prev-next-link next" href="/">
          <span className="prev-next-dir">Finished</span>
          <span className="prev-next-title">Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}
