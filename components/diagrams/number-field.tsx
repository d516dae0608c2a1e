import type { NumberField as FieldSpec } from '@/lib/model';

export interface NumberFieldProps {
  id: string;
  field: FieldSpec;
  value: string;
  error?: string | null;
  /** Absent in the server-rendered first step. */
  onChange?: (raw: string) => void;
}

/** A scenario number with its unit in the label, and a message when the value is refused. */
export function NumberField({ id, field, value, error, onChange }: NumberFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="sd-field">
      <label htmlFor={id}>
        {field.label} ({field.unit})
      </label>
      <input
        id={id}
        type="number"
        inputMode={field.integer ? 'numeric' : 'decimal'}
        min={field.min}
        max={field.max}
        step={field.integer ? 1 : 'any'}
        value={value}
        disabled={!onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      />
      {error ? (
        <p id={errorId} className="sd-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
