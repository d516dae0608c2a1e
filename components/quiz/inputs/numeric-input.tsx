import type { InputProps } from './input-props';
import { NumberField } from './number-field';

export function NumericInput({ question, draft, onChange, disabled, idPrefix, describedBy }: InputProps<'numeric'>) {
  return (
    <NumberField
      id={`${idPrefix}-number`}
      value={draft.text}
      unit={question.prompt.unit}
      onChange={(text) => onChange({ type: 'numeric', text })}
      disabled={disabled}
      describedBy={describedBy}
    />
  );
}
