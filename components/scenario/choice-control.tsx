'use client';

import { useId } from 'react';
import { optionLabel } from '@/lib/scenario-fields';

export interface ChoiceControlProps {
  label: string;
  options: readonly { value: string; label?: string }[];
  value: string;
  onChange: (value: string) => void;
  help?: string;
  /** Repeat the chosen option in the legend (off where the radios sit right beside it). */
  showValue?: boolean;
}

/** A choice as real radio buttons in a fieldset whose legend shows the current value. */
export function ChoiceControl({ label, options, value, onChange, help, showValue = true }: ChoiceControlProps) {
  const name = useId();
  const current = options.find((o) => o.value === value);
  return (
    <fieldset className="control control-choice" aria-describedby={help ? `${name}-help` : undefined}>
      <legend className="control-label">
        {label}
        {showValue ? (
          // The checked radio already says which; this repeats it for the eye only.
          <span aria-hidden="true">
            : <span className="control-value">{current?.label ?? optionLabel(value)}</span>
          </span>
        ) : null}
      </legend>
      <div className="control-options">
        {options.map((o) => (
          <label key={o.value} className="control-option">
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label ?? optionLabel(o.value)}
          </label>
        ))}
      </div>
      {help && (
        <p id={`${name}-help`} className="control-help">
          {help}
        </p>
      )}
    </fieldset>
  );
}
