import type { InputProps } from './input-props';

/** A word or a short phrase; case and spacing do not matter when it is graded. */
export function ShortInput({ question, draft, onChange, disabled, idPrefix, describedBy }: InputProps<'short'>) {
  return (
    <div className="quiz-field">
      <label htmlFor={`${idPrefix}-text`}>Your answer</label>
      <input
        type="text"
        id={`${idPrefix}-text`}
        value={draft.text}
        placeholder={question.prompt.placeholder}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        readOnly={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange({ type: 'short', text: e.target.value })}
      />
    </div>
  );
}
