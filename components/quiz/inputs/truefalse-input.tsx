import type { InputProps } from './input-props';
import { OptionLabel } from './option-label';

const CHOICES = [
  { value: true, label: 'True' },
  { value: false, label: 'False' },
] as const;

/** True or false: two radio buttons, True first (key 1), False second (key 2). */
export function TrueFalseInput({ draft, onChange, disabled, idPrefix, describedBy, marks }: InputProps<'truefalse'>) {
  return (
    <fieldset className="quiz-options quiz-options-inline" disabled={disabled} aria-describedby={describedBy}>
      <legend className="quiz-legend">True or false?</legend>
      {CHOICES.map(({ value, label }, i) => {
        const key = String(value);
        const mark = marks?.[key];
        return (
          <label key={key} className={`quiz-option${mark ? ` is-${mark}` : ''}`} htmlFor={`${idPrefix}-${key}`}>
            <input
              type="radio"
              id={`${idPrefix}-${key}`}
              name={idPrefix}
              checked={draft.value === value}
              onChange={() => onChange({ type: 'truefalse', value })}
            />
            <OptionLabel index={i} html={label} mark={mark} />
          </label>
        );
      })}
    </fieldset>
  );
}
