import { cache } from 'react';
import { getLessons } from '@/components/content-data';
import { loadCourseBanks } from '@/lib/quiz/course-banks';
import type { QuizItem } from '@/lib/quiz/item';
import { prepareItem } from '@/lib/quiz/prepare';

// Build time only. React's cache: each page render reads and checks the banks once.

/** Every bank, checked against its lesson and the model; a bad one throws, failing the build with file and question id. */
export const getCourseBanks = cache(() => loadCourseBanks());

function lessonTitle(slug: string): string {
  return getLessons().find((l) => l.slug === slug)?.title ?? slug;
}

/** One lesson's questions, ready for the quiz views. */
export const getQuizItems = cache(async (lesson: string): Promise<QuizItem[]> => {
  const found = getCourseBanks().find((b) => b.bank.lesson === lesson);
  if (!found) throw new Error(`<Quiz bank="${lesson}" />: there is no content/quizzes/${lesson}.json`);
  const info = { lesson, lessonTitle: lessonTitle(lesson), headings: found.headings };
  return Promise.all(found.bank.questions.map((q) => prepareItem(q, info)));
});

/** Every question of the course, lessons in course order. */
export const getAllQuizItems = cache(async (): Promise<QuizItem[]> => {
  const order = new Map(getLessons().map((l, i) => [l.slug, i]));
  const lessons = getCourseBanks()
    .map((b) => b.bank.lesson)
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return (await Promise.all(lessons.map((l) => getQuizItems(l)))).flat();
});
