/**
 * Reads what a learner typed into a scenario number field, against the field's
 * range in SCENARIO_FIELDS (the same table the model validates with), and says
 * in words why a value is refused.
 */
import type { NumberField } from '@/lib/model';
import { formatCount } from './format';

export type FieldInput = { ok: true; value: number } | { ok: false; message: string };

export function parseFieldInput(field: NumberField, raw: string): FieldInput {
  const range = `from ${formatCount(field.min)} to ${formatCount(field.max)} ${field.unit}`;
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) {
    return { ok: false, message: `Enter a ${field.label.toLowerCase()} ${range}.` };
  }
  if (value < field.min || value > field.max) {
    return { ok: false, message: `${field.label} must be ${range}; ${text} is out of range.` };
  }
  if (field.integer && !Number.isInteger(value)) {
    return { ok: false, message: `${field.label} must be a whole number of ${field.unit}.` };
  }
  if (field.values && !field.values.includes(value)) {
    return { ok: false, message: `${field.label} must be one of ${field.values.map(formatCount).join(', ')} ${field.unit}.` };
  }
  return { ok: true, value };
}
