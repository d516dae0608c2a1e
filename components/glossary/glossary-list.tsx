import Link from 'next/link';
import type { GlossaryTerm } from '@/lib/content/glossary';
import type { LessonMeta } from '@/lib/content/lesson-schema';
import { lessonHref } from '@/lib/nav';

export interface GlossaryListProps {
  terms: readonly GlossaryTerm[];
  lessons: readonly LessonMeta[];
}

export function GlossaryList({ terms, lessons }: GlossaryListProps) {
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  const names = new Map(terms.map((t) => [t.id, t.term]));
  return (
    <dl className="glossary-list">
      {terms.map((t) => (
        <div key={t.id} className="glossary-entry" id={t.id}>
          <dt>
            <a href={`#${t.id}`} className="glossary-term">
              {t.term}
            </a>
          </dt>
          <dd>
            <p>{t.definition}</p>
            <p className="glossary-links">
              <span>
                Taught in <Link href={lessonHref(t.lesson)}>{titles.get(t.lesson) ?? t.lesson}</Link>
              </span>
              {t.seeAlso && t.seeAlso.length > 0 ? (
                <span>
                  See also{' '}
                  {t.seeAlso.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <a href={`#${id}`}>{names.get(id) ?? id}</a>
                    </span>
                  ))}
                </span>
              ) : null}
              {t.source ? (
                <span>
                  Source:{' '}
                  <a href={t.source.url} className="external" rel="noreferrer">
                    {t.source.title}
                  </a>
                </span>
              ) : null}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
