import { CourseNav } from '@/components/layout/course-nav';
import { PrevNext } from '@/components/layout/prev-next';
import { Toc } from '@/components/layout/toc.client';
import { getMDXComponents } from '@/components/mdx/registry';
import type { LessonModule } from '@/lib/content/lesson-module';
import type { LessonMeta } from '@/lib/content/lesson-schema';
import { LessonSources } from './lesson-sources';

export interface LessonViewProps {
  meta: LessonMeta;
  lesson: LessonModule;
  lessons: readonly LessonMeta[];
  prev: LessonMeta | null;
  next: LessonMeta | null;
}

export function LessonView({ meta, lesson, lessons, prev, next }: LessonViewProps) {
  const { Content, toc } = lesson;
  return (
    <div className="lesson-layout">
      <aside className="sidebar" aria-label="Course">
        <CourseNav lessons={lessons} label="Course map" />
      </aside>
      <article className="lesson" aria-labelledby="lesson-title">
        <header className="lesson-header">
          <p className="lesson-kicker">
            Lesson {meta.order} of {lessons.length} · {meta.minutes} min read
          </p>
          <h1 id="lesson-title">{meta.title}</h1>
          <p className="lede">{meta.summary}</p>
        </header>
        <div className="prose">
          <Content components={getMDXComponents()} />
        </div>
        <LessonSources sources={meta.sources} updated={meta.updated} />
        <PrevNext prev={prev} next={next} />
      </article>
      <aside className="toc-column" aria-label="Contents">
        <Toc entries={toc} />
      </aside>
    </div>
  );
}
