'use client';

import { useId, useMemo, useState } from 'react';
import type { NumberField } from '@/lib/model';
import { formatSetting, nearestStopIndex, parseTypedValue, sliderStops } from '@/lib/scenario-fields';

export interface NumberControlProps {
  field: NumberField;
  value: number;
  onChange: (value: number) => void;
}

/**
 * A slider and a box to type an exact value. Log-scale fields slide over stops
 * (powers of two for bytes, 1-2-2.5-4-5 otherwise) so the thumb moves in useful
 * jumps; the box takes any valid value and refuses the rest with a message.
 */
export function NumberControl({ field, value, onChange }: NumberControlProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stops = useMemo(() => (field.scale === 'log' || field.values ? sliderStops(field) : null), [field]);
  const shown = formatSetting(field, value);

  const commit = () => {
    if (draft === null) return;
    const typed = parseTypedValue(field, draft);
    if (typed.ok) {
      setError(null);
      setDraft(null);
      if (typed.value !== value) onChange(typed.value);
    } else setError(typed.message);
  };

  return (
    <div className="control control-number">
      {/* The name stays "Message size" while the value, shown here, reaches assistive tech as aria-valuetext. */}
      <label htmlFor={`${id}-slider`} className="control-label">
        {field.label}
        <span aria-hidden="true">
          : <span className="control-value">{shown}</span>
        </span>
      </label>
      <div className="control-row">
        {stops ? (
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={stops.length - 1}
            step={1}
            value={nearestStopIndex(stops, value)}
            aria-valuetext={shown}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              const next = stops[Number(e.currentTarget.value)];
              if (next !== undefined) onChange(next);
            }}
          />
        ) : (
          <input
            id={`${id}-slider`}
            type="range"
            min={field.min}
            max={field.max}
            step={field.step}
            value={value}
            aria-valuetext={shown}
            aria-describedby={`${id}-help`}
            onChange={(e) => onChange(Number(e.currentTarget.value))}
          />
        )}
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {`${field.label}, exact value in ${field.unit}`}
        </label>
        <input
          id={`${id}-text`}
          className="control-text"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft ?? String(value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            }
          }}
        />
        <span className="control-unit" aria-hidden="true">
          {field.unit}
        </span>
      </div>
      <p id={`${id}-help`} className="control-help">
        {field.help}
      </p>
      {error && (
        <p id={`${id}-error`} className="control-error" role="alert">
          {error} Kept {shown}.
        </p>
      )}
    </div>
  );
}
