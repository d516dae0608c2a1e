import type { Response, ResponseOf } from './response';
import type { Computed, MultipleChoice, Question, QuestionType, SingleChoice } from './schema';

/** The outcome of one answer, and what to tell the learner about it. */
export interface Grade {
  correct: boolean;
  /** Feedback for what was wrong, from the bank: one entry per wrong choice, or one for the whole answer. */
  feedback: string[];
  /** single and multiple: wrong options the learner chose. */
  chosenWrong?: string[];
  /** multiple: right options the learner left out. */
  missed?: string[];
  /** ordering: items not in their place. */
  misplaced?: string[];
  /** numeric and computed: which side of the answer the learner's value fell. */
  direction?: 'low' | 'high';
  /** numeric and computed: the accepted value, in the question's unit. */
  expected?: number;
}

type Extra = Omit<Grade, 'correct' | 'feedback'>;
const right = (extra: Extra = {}): Grade => ({ correct: true, feedback: [], ...extra });
const wrong = (feedback: string[], extra: Extra = {}): Grade => ({ correct: false, feedback, ...extra });

/** Trims, folds case and collapses inner white space, so " Zero  Copy" matches "zero copy". */
export function normaliseShort(text: string): string {
  return text.normalize('NFKC').trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');
}

function responseOf<T extends QuestionType>(r: Response, type: T, id: string): ResponseOf<T> {
  if (r.type !== type) throw new Error(`question ${id} is ${type} but the response is ${r.type}`);
  return r as ResponseOf<T>;
}

/**
 * Grades a response against its question. Pure: the computed question's
 * expected value travels in its response (the model computed it when the
 * scenario was drawn), so grading never loads the model.
 */
export function grade(q: Question, r: Response): Grade {
  switch (q.type) {
    case 'single':
      return gradeSingle(q, responseOf(r, 'single', q.id));
    case 'multiple':
      return gradeMultiple(q, responseOf(r, 'multiple', q.id));
    case 'truefalse':
      return responseOf(r, 'truefalse', q.id).value === q.answer.correct ? right() : wrong([q.answer.feedback]);
    case 'short': {
      const given = normaliseShort(responseOf(r, 'short', q.id).text);
      return q.answer.accepted.some((a) => normaliseShort(a) === given) ? right() : wrong([q.answer.feedback]);
    }
    case 'numeric':
      return gradeNumber(responseOf(r, 'numeric', q.id).value, q.answer.value, q.answer.tolerance, q.answer.feedback);
    case 'ordering': {
      const order = responseOf(r, 'ordering', q.id).order;
      const misplaced = q.answer.order.filter((id, i) => order[i] !== id);
      return misplaced.length === 0 ? right() : wrong([q.answer.feedback], { misplaced });
    }
    case 'computed': {
      const { value, instance } = responseOf(r, 'computed', q.id);
      return gradeNumber(value, instance.expected, computedTolerance(q, instance.expected), q.answer.feedback);
    }
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}

function gradeSingle(q: SingleChoice, r: ResponseOf<'single'>): Grade {
  if (r.choice === q.answer.correct) return right();
  return wrong([q.answer.feedback[r.choice] ?? 'That is not one of this question’s options.'], { chosenWrong: [r.choice] });
}

function gradeMultiple(q: MultipleChoice, r: ResponseOf<'multiple'>): Grade {
  const chosen = new Set(r.choices);
  const correct = new Set(q.answer.correct);
  // Report in the bank's option order so feedback reads in a stable order.
  const options = q.prompt.options.map((o) => o.id);
  const chosenWrong = [...options.filter((o) => chosen.has(o) && !correct.has(o)), ...r.choices.filter((c) => !options.includes(c))];
  const missed = options.filter((o) => correct.has(o) && !chosen.has(o));
  if (chosenWrong.length === 0 && missed.length === 0) return right();
  return wrong(chosenWrong.map((c) => q.answer.feedback[c] ?? 'That option is not right.'), { chosenWrong, missed });
}

/**
 * The absolute tolerance of a computed answer: the bank's relative tolerance,
 * but never tighter than half a unit in the last decimal place asked for, so
 * an answer rounded as the prompt asks is never marked wrong.
 */
export function computedTolerance(q: Computed, expected: number): number {
  return Math.max(q.answer.relativeTolerance * Math.abs(expected), 0.5 * 10 ** -q.prompt.decimals);
}

function gradeNumber(value: number, expected: number, tolerance: number, feedback: { low: string; high: string }): Grade {
  // Slack for binary floating point, so 0.1 + 0.2 counts as 0.3 with a tolerance of 0.1.
  const slack = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs(value - expected) <= tolerance + slack) return right({ expected });
  const direction = value < expected ? 'low' : 'high';
  return wrong([feedback[direction]], { direction, expected });
}
