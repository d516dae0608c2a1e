import type { InputProps } from './input-props';
import { OptionLabel } from './option-label';

/** Select all that apply: real checkboxes, one per option, in the shown order. */
export function MultipleInput({ question, draft, order, onChange, disabled, idPrefix, describedBy, marks }: InputProps<'multiple'>) {
  const text = new Map(question.prompt.options.map((o) => [o.id, o.text]));
  const toggle = (id: string) => {
    const choices = draft.choices.includes(id) ? draft.choices.filter((c) => c !== id) : [...draft.choices, id];
    onChange({ type: 'multiple', choices });
  };
  return (
    <fieldset className="quiz-options" disabled={disabled} aria-describedby={describedBy}>
      <legend className="quiz-legend">Select all that apply</legend>
      {order.map((id, i) => (
        <label key={id} className={`quiz-option${marks?.[id] ? ` is-${marks[id]}` : ''}`} htmlFor={`${idPrefix}-${id}`}>
          <input type="checkbox" id={`${idPrefix}-${id}`} value={id} checked={draft.choices.includes(id)} onChange={() => toggle(id)} />
          <OptionLabel index={i} html={text.get(id) ?? id} mark={marks?.[id]} />
        </label>
      ))}
    </fieldset>
  );
}
