import type { LessonSource } from '@/lib/content/lesson-schema';

export interface LessonSourcesProps {
  sources: readonly LessonSource[];
  updated: string;
}

export function LessonSources({ sources, updated }: LessonSourcesProps) {
  return (
    <section className="lesson-sources" aria-labelledby="lesson-sources-title">
      <h2 id="lesson-sources-title">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} className="external" rel="noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="lesson-updated">
        Checked against these sources; last updated <time dateTime={updated}>{updated}</time>.
      </p>
    </section>
  );
}
