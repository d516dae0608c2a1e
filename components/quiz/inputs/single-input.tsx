import type { InputProps } from './input-props';
import { OptionLabel } from './option-label';

/** One answer: real radio buttons, one per option, in the shown order. */
export function SingleInput({ question, draft, order, onChange, disabled, idPrefix, describedBy, marks }: InputProps<'single'>) {
  const text = new Map(question.prompt.options.map((o) => [o.id, o.text]));
  return (
    <fieldset className="quiz-options" disabled={disabled} aria-describedby={describedBy}>
      <legend className="quiz-legend">Choose one answer</legend>
      {order.map((id, i) => (
        <label key={id} className={`quiz-option${marks?.[id] ? ` is-${marks[id]}` : ''}`} htmlFor={`${idPrefix}-${id}`}>
          <input
            type="radio"
            id={`${idPrefix}-${id}`}
            name={idPrefix}
            value={id}
            checked={draft.choice === id}
            onChange={() => onChange({ type: 'single', choice: id })}
          />
          <OptionLabel index={i} html={text.get(id) ?? id} mark={marks?.[id]} />
        </label>
      ))}
    </fieldset>
  );
}
