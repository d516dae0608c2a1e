/** Course navigation derived from the ordered lesson list: pure, so it is tested without Next. */

export interface NavLesson {
  slug: string;
  title: string;
}

export interface LessonNeighbours<T extends NavLesson> {
  index: number;
  prev: T | null;
  next: T | null;
}

export function lessonHref(slug: string): string {
  return `/lessons/${slug}/`;
}

/** The lessons before and after `slug`; throws for a slug that is not in the course. */
export function lessonNeighbours<T extends NavLesson>(lessons: readonly T[], slug: string): LessonNeighbours<T> {
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) throw new Error(`lesson "${slug}" is not in the course`);
  return { index, prev: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
}
