export interface NumberFieldProps {
  id: string;
  value: string;
  unit: string;
  onChange: (text: string) => void;
  disabled: boolean;
  describedBy?: string;
  /** Decimal places asked for, said in the label. */
  decimals?: number;
}

/**
 * A number with its unit. A text field with a decimal keypad rather than
 * type="number": the browser's number field empties itself on "1,234" or
 * "67 ns", and the quiz would then refuse an answer the learner can see.
 */
export function NumberField({ id, value, unit, onChange, disabled, describedBy, decimals }: NumberFieldProps) {
  const places = decimals === undefined ? '' : decimals === 0 ? ', a whole number' : `, to ${decimals} decimal place${decimals === 1 ? '' : 's'}`;
  return (
    <div className="quiz-field">
      <label htmlFor={id}>
        Your answer, in {unit}
        {places}
      </label>
      <span className="quiz-number">
        <input
          type="text"
          inputMode="decimal"
          id={id}
          value={value}
          autoComplete="off"
          readOnly={disabled}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="quiz-unit" aria-hidden="true">
          {unit}
        </span>
      </span>
    </div>
  );
}
