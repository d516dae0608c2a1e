import { seededRng, shuffled } from './rng';

/** Questions in the course exam unless asked otherwise. */
export const EXAM_SIZE = 20;

/**
 * Draws the course exam from every lesson's questions. Lessons take turns
 * (round robin over a seeded shuffle of each), so every lesson is asked about
 * before any is asked twice and a large bank cannot crowd out a small one.
 * The result is shuffled so questions from one lesson do not come in a run.
 * The same seed gives the same exam.
 */
export function drawExam<T extends { lesson: string }>(items: readonly T[], seed: string | number, size: number = EXAM_SIZE): T[] {
  const rng = seededRng(`exam:${seed}`);
  const byLesson = new Map<string, T[]>();
  for (const item of items) byLesson.set(item.lesson, [...(byLesson.get(item.lesson) ?? []), item]);
  // Shuffle the lessons too, so with fewer places than lessons the same lessons are not always first.
  const queues = shuffled([...byLesson.values()], rng).map((group) => shuffled(group, rng));
  const chosen: T[] = [];
  const target = Math.min(size, items.length);
  while (chosen.length < target) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && chosen.length < target) chosen.push(next);
    }
  }
  return shuffled(chosen, rng);
}
