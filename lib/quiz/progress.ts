/**
 * The learner's saved progress and the pure reducers that change it. The
 * store (lib/store/progress.ts) only calls these; tests call them directly.
 * Every reducer returns a new object and never mutates its input.
 */
import type { Response, ScenarioValues } from './response';
import { cardAfterMiss, cardAfterReview, type ReviewCard } from './review';

export const PROGRESS_VERSION = 1;
/** How many exam results are kept. */
export const EXAM_HISTORY = 20;

export interface SavedAnswer {
  lesson: string;
  /** The question's hash when answered: an answer to an edited question is dropped. */
  hash: string;
  response: Response;
  correct: boolean;
  /** The option (or item) order the learner saw, by id. */
  shown: string[];
  at: number;
}

export interface ExamResult {
  at: number;
  correct: number;
  total: number;
}

export interface ProgressData {
  /** Latest lesson-quiz answer per question id. */
  answers: Record<string, SavedAnswer>;
  /** Leitner cards per question id: the questions the learner missed and has not yet retired. */
  review: Record<string, ReviewCard>;
  /** Lesson slug to when it was first read (ms since the epoch). */
  read: Record<string, number>;
  exams: ExamResult[];
  /** The learner's latest lab scenario, which computed questions marked fromLab use. */
  lab: ScenarioValues | null;
}

/** A question as progress knows it: id, lesson and current hash. */
export interface QuestionKey {
  id: string;
  lesson: string;
  hash: string;
}

export const emptyProgress = (): ProgressData => ({ answers: {}, review: {}, read: {}, exams: [], lab: null });

const without = <T>(record: Readonly<Record<string, T>>, drop: (id: string, value: T) => boolean): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id, v]) => !drop(id, v)));

/** Saves a lesson-quiz answer; a wrong one also puts the question up for review. */
export function recordAnswer(
  d: ProgressData,
  q: QuestionKey,
  answer: { response: Response; correct: boolean; shown: readonly string[] },
  now: number,
): ProgressData {
  const saved: SavedAnswer = { lesson: q.lesson, hash: q.hash, response: answer.response, correct: answer.correct, shown: [...answer.shown], at: now };
  const review = answer.correct ? d.review : { ...d.review, [q.id]: cardAfterMiss(d.review[q.id], q, now) };
  return { ...d, answers: { ...d.answers, [q.id]: saved }, review };
}

/** Forgets answers (for a retry); review cards stay, since the misses still count. */
export function clearAnswers(d: ProgressData, ids: readonly string[]): ProgressData {
  const drop = new Set(ids);
  return { ...d, answers: without(d.answers, (id) => drop.has(id)) };
}

/** Resets one lesson's quiz: its answers and its review cards. The lesson stays read. */
export function resetLesson(d: ProgressData, lesson: string): ProgressData {
  return { ...d, answers: without(d.answers, (_, a) => a.lesson === lesson), review: without(d.review, (_, c) => c.lesson === lesson) };
}

export function markRead(d: ProgressData, lesson: string, now: number): ProgressData {
  return d.read[lesson] !== undefined ? d : { ...d, read: { ...d.read, [lesson]: now } };
}

/** A review answer: moves the card between boxes, or retires it. */
export function recordReview(d: ProgressData, id: string, correct: boolean, now: number): ProgressData {
  const card = d.review[id];
  if (!card) return d;
  const next = cardAfterReview(card, correct, now);
  return { ...d, review: next ? { ...d.review, [id]: next } : without(d.review, (k) => k === id) };
}

/** A submitted exam: its score, and its misses up for review. Lesson answers are left alone. */
export function recordExam(d: ProgressData, results: readonly (QuestionKey & { correct: boolean })[], now: number): ProgressData {
  const review = { ...d.review };
  for (const r of results) if (!r.correct) review[r.id] = cardAfterMiss(review[r.id], r, now);
  const exam: ExamResult = { at: now, correct: results.filter((r) => r.correct).length, total: results.length };
  return { ...d, review, exams: [...d.exams, exam].slice(-EXAM_HISTORY) };
}

export function setLab(d: ProgressData, lab: ScenarioValues | null): ProgressData {
  return { ...d, lab };
}

/**
 * Drops answers and cards whose question has changed. `current` maps question
 * id to its hash now; with `complete` (every question of the course is in it)
 * records for questions that no longer exist go too.
 */
export function dropStale(d: ProgressData, current: ReadonlyMap<string, string>, complete = false): ProgressData {
  const stale = (id: string, hash: string) => {
    const now = current.get(id);
    return now === undefined ? complete : now !== hash;
  };
  const answers = without(d.answers, (id, a) => stale(id, a.hash));
  const review = without(d.review, (id, c) => stale(id, c.hash));
  if (Object.keys(answers).length === Object.keys(d.answers).length && Object.keys(review).length === Object.keys(d.review).length) return d;
  return { ...d, answers, review };
}

/** The saved answer for a question, if it was given to the question as it is now. */
export function currentAnswer(answers: Readonly<Record<string, SavedAnswer>>, id: string, hash: string): SavedAnswer | undefined {
  const a = answers[id];
  return a && a.hash === hash ? a : undefined;
}

export interface Score {
  answered: number;
  correct: number;
  total: number;
}

/** How many of these questions have a current answer, and how many of those are right. */
export function scoreOf(answers: Readonly<Record<string, SavedAnswer>>, questions: readonly { id: string; hash: string }[]): Score {
  let answered = 0;
  let correct = 0;
  for (const q of questions) {
    const a = currentAnswer(answers, q.id, q.hash);
    if (!a) continue;
    answered++;
    if (a.correct) correct++;
  }
  return { answered, correct, total: questions.length };
}

/**
 * Combines two progress records (an import into a browser that has its own):
 * per question the more recent answer and card win; a lesson counts as read
 * from the earlier date; exam histories are joined.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const answers = { ...a.answers };
  for (const [id, x] of Object.entries(b.answers)) if (!answers[id] || answers[id].at <= x.at) answers[id] = x;
  const review = { ...a.review };
  for (const [id, c] of Object.entries(b.review)) if (!review[id] || review[id].updatedAt <= c.updatedAt) review[id] = c;
  const read = { ...a.read };
  for (const [lesson, at] of Object.entries(b.read)) read[lesson] = Math.min(read[lesson] ?? at, at);
  const exams = [...new Map([...a.exams, ...b.exams].map((e) => [`${e.at}:${e.correct}/${e.total}`, e])).values()]
    .sort((x, y) => x.at - y.at)
    .slice(-EXAM_HISTORY);
  return { answers, review, read, exams, lab: b.lab ?? a.lab };
}
