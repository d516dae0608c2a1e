import type { Question } from './schema';

/**
 * A question as the quiz views receive it: prepared at build time on the
 * server, passed to client components as JSON. Types only, so client code
 * importing it pulls in neither zod nor the markdown pipeline.
 */
export interface QuizItem {
  /** The question, with every markdown field (prompt, options, feedback, hints, explanation) rendered to HTML. */
  question: Question;
  lesson: string;
  lessonTitle: string;
  /** Hash of the question as written in the bank: saved answers are kept only while it matches. */
  hash: string;
  /** Option or item ids in the order shown (see shownOrder); empty for other types. */
  order: string[];
  /** The lesson section that teaches it. */
  section: { href: string; title: string };
}

/** The little the course map and sidebar need to show a lesson's score. */
export interface BankSummary {
  lesson: string;
  questions: { id: string; hash: string }[];
}
