import type { Grade } from './grade';
import type { Response } from './response';
import type { Question } from './schema';

export type Mark = 'correct' | 'chosen-wrong' | 'missed';

/**
 * How each option looks once an answer is checked: the right ones, the wrong
 * ones the learner chose, and (select all) the right ones left out. True/false
 * uses the keys "true" and "false". Empty for types without options.
 */
export function optionMarks(q: Question, r: Response, g: Grade): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  switch (q.type) {
    case 'single':
      marks[q.answer.correct] = 'correct';
      for (const id of g.chosenWrong ?? []) marks[id] = 'chosen-wrong';
      return marks;
    case 'multiple': {
      const missed = new Set(g.missed ?? []);
      for (const id of q.answer.correct) marks[id] = missed.has(id) ? 'missed' : 'correct';
      for (const id of g.chosenWrong ?? []) marks[id] = 'chosen-wrong';
      return marks;
    }
    case 'truefalse':
      marks[String(q.answer.correct)] = 'correct';
      if (r.type === 'truefalse' && r.value !== q.answer.correct) marks[String(r.value)] = 'chosen-wrong';
      return marks;
    case 'short':
    case 'numeric':
    case 'ordering':
    case 'computed':
      return marks;
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}

/** A number as the learner is asked for it: grouped, to at most `decimals` places. */
export function formatNumber(value: number, decimals = 3): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals });
}
