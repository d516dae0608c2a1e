import { LessonProgress } from '@/components/progress/lesson-progress.client';
import { getBankSummaries } from '@/components/quiz/bank-summaries';
import type { LessonMeta } from '@/lib/content/lesson-schema';
import { lessonHref } from '@/lib/nav';
import { NavLink } from './nav-link.client';

export interface CourseNavProps {
  lessons: readonly LessonMeta[];
  label: string;
}

/** The course map as navigation: one ordered list, the same in the sidebar and the mobile drawer. */
export function CourseNav({ lessons, label }: CourseNavProps) {
  const banks = getBankSummaries();
  return (
    <nav className="course-nav" aria-label={label}>
      <ol>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <NavLink href={lessonHref(lesson.slug)} className="course-nav-link">
              <span className="course-nav-number" aria-hidden="true">
                {lesson.order}
              </span>
              <span className="course-nav-title">{lesson.title}</span>
            </NavLink>
            {/* Outside the link: its name stays the lesson title; the badge is read after it. */}
            <LessonProgress lesson={lesson.slug} questions={banks.find((b) => b.lesson === lesson.slug)?.questions ?? []} variant="nav" />
          </li>
        ))}
      </ol>
      <ul className="course-nav-extra">
        <li>
          <NavLink href="/glossary/" className="course-nav-link">
            Glossary
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
