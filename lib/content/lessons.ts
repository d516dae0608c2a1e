import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLessonSource } from './frontmatter';
import { LESSON_SLUG, type LessonMeta } from './lesson-schema';
import { ContentError } from './schema-error';
import { displayPath, LESSONS_DIR } from './paths';

/**
 * Every lesson's validated frontmatter, in course order. Reads the files on
 * each call: it runs at build time only, and seven small files cost nothing.
 */
export function loadLessons(dir: string = LESSONS_DIR): LessonMeta[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const lessons = files.map((name) => {
    const file = path.join(dir, name);
    const slug = name.slice(0, -'.mdx'.length);
    if (!LESSON_SLUG.test(slug)) {
      throw new ContentError(displayPath(file), ['file name must be a kebab-case slug, e.g. dpdk.mdx']);
    }
    return { slug, ...parseLessonSource(displayPath(file), readFileSync(file, 'utf8')) };
  });
  return sortLessons(lessons, displayPath(dir));
}

/** Orders lessons by `order`, refusing two lessons with the same place in the course. */
export function sortLessons(lessons: LessonMeta[], where: string): LessonMeta[] {
  const byOrder = new Map<number, string>();
  for (const lesson of lessons) {
    const other = byOrder.get(lesson.order);
    if (other) {
      throw new ContentError(where, [`lessons "${other}" and "${lesson.slug}" both have order ${lesson.order}`]);
    }
    byOrder.set(lesson.order, lesson.slug);
  }
  return [...lessons].sort((a, b) => a.order - b.order);
}
