import Link from 'next/link';
import { LessonProgress } from '@/components/progress/lesson-progress.client';
import { getBankSummaries } from '@/components/quiz/bank-summaries';
import type { LessonMeta } from '@/lib/content/lesson-schema';
import { lessonHref } from '@/lib/nav';

export interface CourseMapProps {
  lessons: readonly LessonMeta[];
}

/** The home page's course map: every lesson in order with its time and objectives. */
export function CourseMap({ lessons }: CourseMapProps) {
  const banks = getBankSummaries();
  return (
    <section className="course-map" aria-labelledby="course-map-title">
      <h2 id="course-map-title">The course</h2>
      <ol className="course-map-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="course-card">
            <p className="course-card-meta">
              <span>Lesson {lesson.order}</span>
              <span>{lesson.minutes} min</span>
            </p>
            <h3 className="course-card-title">
              <Link href={lessonHref(lesson.slug)}>{lesson.title}</Link>
            </h3>
            <p className="course-card-summary">{lesson.summary}</p>
            <LessonProgress lesson={lesson.slug} questions={banks.find((b) => b.lesson === lesson.slug)?.questions ?? []} />
            <details className="course-card-objectives">
              <summary>What you will be able to do</summary>
              <ul>
                {lesson.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
