import type { DraftOf } from '@/lib/quiz/response';
import type { Question, QuestionType } from '@/lib/quiz/schema';

/** How an option looks once the answer is checked. */
export type OptionMark = 'correct' | 'chosen-wrong' | 'missed';

export interface InputProps<T extends QuestionType> {
  question: Extract<Question, { type: T }>;
  draft: DraftOf<T>;
  /** Option or item ids in the order shown. */
  order: readonly string[];
  onChange: (draft: DraftOf<T>) => void;
  /** After checking (or in a review), the answer is read-only. */
  disabled: boolean;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Id of the validation message, when there is one. */
  describedBy?: string;
  /** Per option id, shown after checking. */
  marks?: Readonly<Record<string, OptionMark>>;
}

export const MARK_TEXT: Record<OptionMark, string> = {
  correct: 'Right answer',
  'chosen-wrong': 'Your choice: wrong',
  missed: 'Right answer you left out',
};
