import type { Question, QuestionType } from './schema';

/** Scenario values of one computed attempt, as the model took them (JSON-safe, so it can be saved). */
export type ScenarioValues = Record<string, string | number | boolean>;

/** One attempt at a computed question: the scenario drawn, the prompt's filled values and the model's answer. */
export interface ComputedInstance {
  seed: string;
  fromLab: boolean;
  scenario: ScenarioValues;
  /** Placeholder name to displayed text, e.g. { payloadBytes: "64", technique: "DPDK" }. */
  values: Record<string, string>;
  /** The model's value for the asked metric, in the question's unit. */
  expected: number;
}

/** A complete answer, as graded and saved. */
export type Response =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'short'; text: string }
  | { type: 'numeric'; value: number }
  | { type: 'ordering'; order: string[] }
  | { type: 'computed'; value: number; instance: ComputedInstance };

/** What an input holds while the learner works: possibly empty or not yet a number. */
export type Draft =
  | { type: 'single'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'short'; text: string }
  | { type: 'numeric'; text: string }
  | { type: 'ordering'; order: string[]; moved: boolean }
  | { type: 'computed'; text: string; instance: ComputedInstance | null };

export type DraftOf<T extends QuestionType> = Extract<Draft, { type: T }>;
export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

export type Checked = { ok: true; response: Response } | { ok: false; error: string };

/** An empty draft; `order` is the shown order, used as the ordering question's starting order. */
export function emptyDraft(q: Question, order: readonly string[]): Draft {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'short':
      return { type: 'short', text: '' };
    case 'numeric':
      return { type: 'numeric', text: '' };
    case 'ordering':
      return { type: 'ordering', order: [...order], moved: false };
    case 'computed':
      return { type: 'computed', text: '', instance: null };
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}

/** A saved response shown again in its input (after a reload, in the summary). */
export function draftFromResponse(r: Response): Draft {
  switch (r.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
    case 'short':
      return r;
    case 'numeric':
      return { type: 'numeric', text: String(r.value) };
    case 'ordering':
      return { type: 'ordering', order: r.order, moved: true };
    case 'computed':
      return { type: 'computed', text: String(r.value), instance: r.instance };
    default: {
      const never: never = r;
      throw new Error(`unknown response type ${String((never as { type: unknown }).type)}`);
    }
  }
}

/**
 * Turns a draft into a response, or says what is missing. An empty answer is
 * refused rather than graded wrong: a stray Enter must not cost the learner.
 */
export function toResponse(q: Question, draft: Draft): Checked {
  if (draft.type !== q.type) return { ok: false, error: 'This answer belongs to another question.' };
  switch (draft.type) {
    case 'single':
      return draft.choice === null ? { ok: false, error: 'Choose an answer first.' } : { ok: true, response: { type: 'single', choice: draft.choice } };
    case 'multiple':
      return draft.choices.length === 0
        ? { ok: false, error: 'Select at least one answer first.' }
        : { ok: true, response: { type: 'multiple', choices: [...draft.choices].sort() } };
    case 'truefalse':
      return draft.value === null ? { ok: false, error: 'Choose True or False first.' } : { ok: true, response: { type: 'truefalse', value: draft.value } };
    case 'short':
      return draft.text.trim() === '' ? { ok: false, error: 'Type an answer first.' } : { ok: true, response: { type: 'short', text: draft.text.trim() } };
    case 'numeric': {
      const unit = q.type === 'numeric' ? q.prompt.unit : '';
      const value = parseNumber(draft.text, unit);
      return value === null ? { ok: false, error: numberError(draft.text) } : { ok: true, response: { type: 'numeric', value } };
    }
    case 'ordering':
      return draft.moved
        ? { ok: true, response: { type: 'ordering', order: [...draft.order] } }
        : { ok: false, error: 'Put the items in order first: move at least one.' };
    case 'computed': {
      if (!draft.instance) return { ok: false, error: 'The scenario is still being drawn; try again in a moment.' };
      const unit = q.type === 'computed' ? q.prompt.unit : '';
      const value = parseNumber(draft.text, unit);
      return value === null ? { ok: false, error: numberError(draft.text) } : { ok: true, response: { type: 'computed', value, instance: draft.instance } };
    }
    default: {
      const never: never = draft;
      throw new Error(`unknown draft type ${String((never as { type: unknown }).type)}`);
    }
  }
}

function numberError(text: string): string {
  return text.trim() === '' ? 'Enter a number first.' : `"${text.trim()}" is not a number: write it like 1234.5 or 1.2e3.`;
}

/**
 * Reads a number as people type it: "1,234.5", "1 234", "67 ns" (the
 * question's own unit may follow), "1.2e3". Returns null for anything else
 * rather than guessing, e.g. "1,5" (a decimal comma or a typo?).
 */
export function parseNumber(text: string, unit = ''): number | null {
  let s = text.normalize('NFKC').trim().replace(/\u2212/g, '-');
  if (unit !== '') {
    const lowerUnit = unit.toLowerCase();
    if (s.toLowerCase().endsWith(lowerUnit)) s = s.slice(0, s.length - unit.length).trim();
  }
  s = s.replace(/[\s_]/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
