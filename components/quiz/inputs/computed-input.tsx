import type { InputProps } from './input-props';
import { NumberField } from './number-field';

/** The answer to a computed question; its prompt (the drawn scenario) is shown by the question view. */
export function ComputedInput({ question, draft, onChange, disabled, idPrefix, describedBy }: InputProps<'computed'>) {
  return (
    <NumberField
      id={`${idPrefix}-number`}
      value={draft.text}
      unit={question.prompt.unit}
      decimals={question.prompt.decimals}
      onChange={(text) => onChange({ ...draft, text })}
      disabled={disabled || draft.instance === null}
      describedBy={describedBy}
    />
  );
}
