/**
 * Spaced review with Leitner boxes. A question the learner misses (in a lesson
 * quiz, the exam or a review) goes to box 1; each correct review moves it up a
 * box and further out in time; a correct answer from the last box retires it.
 * A miss in review sends it back to box 1. Pure: `now` (ms since the epoch) is
 * always passed in.
 *
 * Leitner rather than SM-2: five fixed boxes are easy to explain on the page
 * ("box 3 of 5, next in a week"), and a course of ~80 questions does not need
 * SM-2's per-card ease factors.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days until the next review after a correct answer from box n (index n - 1); from the last box it retires. */
export const BOX_INTERVAL_DAYS = [1, 3, 7, 16, 35] as const;
export const BOX_COUNT = BOX_INTERVAL_DAYS.length;

export interface ReviewCard {
  lesson: string;
  /** The question's hash when it was missed: a card for an edited question is dropped. */
  hash: string;
  /** 1 to BOX_COUNT. */
  box: number;
  /** When the card is next due, ms since the epoch. */
  dueAt: number;
  /** Times missed in total. */
  lapses: number;
  updatedAt: number;
}

export interface CardKey {
  lesson: string;
  hash: string;
}

/**
 * A miss outside review: box 1, due at once, so the question is waiting on
 * /review/ straight after the quiz that missed it.
 */
export function cardAfterMiss(card: ReviewCard | undefined, key: CardKey, now: number): ReviewCard {
  const lapses = card && card.hash === key.hash ? card.lapses + 1 : 1;
  // Only the key fields: callers pass richer objects (a question key, an exam result).
  return { lesson: key.lesson, hash: key.hash, box: 1, dueAt: now, lapses, updatedAt: now };
}

/**
 * A review answer. Correct: up one box, due after that box's interval, or
 * null (retired) from the last box. Wrong: box 1, due tomorrow rather than at
 * once, so a session never loops on the same question.
 */
export function cardAfterReview(card: ReviewCard, correct: boolean, now: number): ReviewCard | null {
  if (!correct) return { ...card, box: 1, dueAt: now + DAY_MS * BOX_INTERVAL_DAYS[0], lapses: card.lapses + 1, updatedAt: now };
  if (card.box >= BOX_COUNT) return null;
  const box = card.box + 1;
  return { ...card, box, dueAt: now + DAY_MS * intervalDays(box), updatedAt: now };
}

function intervalDays(box: number): number {
  return BOX_INTERVAL_DAYS[Math.min(Math.max(box, 1), BOX_COUNT) - 1] ?? 1;
}

export const isDue = (card: ReviewCard, now: number): boolean => card.dueAt <= now;

/**
 * Ids of the cards due at `now`, most overdue first (ties by id, so the order
 * is stable). With `current` (question id to its hash now), cards for
 * questions that were edited or removed are left out.
 */
export function dueIds(cards: Readonly<Record<string, ReviewCard>>, now: number, current?: ReadonlyMap<string, string>): string[] {
  return Object.entries(cards)
    .filter(([id, c]) => isDue(c, now) && (!current || current.get(id) === c.hash))
    .sort(([a, x], [b, y]) => x.dueAt - y.dueAt || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/** When the next card not yet due falls due, or null when none is waiting. */
export function nextDueAt(cards: Readonly<Record<string, ReviewCard>>, now: number): number | null {
  let next: number | null = null;
  for (const c of Object.values(cards)) if (c.dueAt > now && (next === null || c.dueAt < next)) next = c.dueAt;
  return next;
}
