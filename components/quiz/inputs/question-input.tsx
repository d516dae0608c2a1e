import type { Draft } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';
import { ComputedInput } from './computed-input';
import type { OptionMark } from './input-props';
import { MultipleInput } from './multiple-input';
import { NumericInput } from './numeric-input';
import { OrderingInput } from './ordering-input';
import { ShortInput } from './short-input';
import { SingleInput } from './single-input';
import { TrueFalseInput } from './truefalse-input';

export interface QuestionInputProps {
  question: Question;
  draft: Draft;
  order: readonly string[];
  onChange: (draft: Draft) => void;
  disabled: boolean;
  idPrefix: string;
  describedBy?: string;
  marks?: Readonly<Record<string, OptionMark>>;
}

/**
 * The input for a question's type. The switch is exhaustive: a new question
 * type without an input is a compile error (the `never` below).
 */
export function QuestionInput({ question: q, draft, ...rest }: QuestionInputProps) {
  const mismatch = () => new Error(`question ${q.id} is ${q.type} but its draft is ${draft.type}`);
  switch (q.type) {
    case 'single':
      if (draft.type !== 'single') throw mismatch();
      return <SingleInput question={q} draft={draft} {...rest} />;
    case 'multiple':
      if (draft.type !== 'multiple') throw mismatch();
      return <MultipleInput question={q} draft={draft} {...rest} />;
    case 'truefalse':
      if (draft.type !== 'truefalse') throw mismatch();
      return <TrueFalseInput question={q} draft={draft} {...rest} />;
    case 'short':
      if (draft.type !== 'short') throw mismatch();
      return <ShortInput question={q} draft={draft} {...rest} />;
    case 'numeric':
      if (draft.type !== 'numeric') throw mismatch();
      return <NumericInput question={q} draft={draft} {...rest} />;
    case 'ordering':
      if (draft.type !== 'ordering') throw mismatch();
      return <OrderingInput question={q} draft={draft} {...rest} />;
    case 'computed':
      if (draft.type !== 'computed') throw mismatch();
      return <ComputedInput question={q} draft={draft} {...rest} />;
    default: {
      const never: never = q;
      throw new Error(`no input for question type ${String((never as { type: unknown }).type)}`);
    }
  }
}
