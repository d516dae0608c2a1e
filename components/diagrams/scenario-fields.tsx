import { SCENARIO_FIELDS, type NumberField as FieldSpec } from '@/lib/model';
import { NumberField } from './number-field';

/** The scenario fields a diagram offers; the lab offers the rest of the same store. */
export const DIAGRAM_FIELD_KEYS = ['payloadBytes', 'linkGbps'] as const;
export type DiagramFieldKey = (typeof DIAGRAM_FIELD_KEYS)[number];

export const DIAGRAM_FIELDS: readonly (FieldSpec & { key: DiagramFieldKey })[] = DIAGRAM_FIELD_KEYS.map((key) => {
  const field = SCENARIO_FIELDS.find((f) => f.key === key);
  if (field?.kind !== 'number') throw new Error(`SCENARIO_FIELDS has no number field '${key}'`);
  return { ...field, key };
});

export interface ScenarioFieldsProps {
  idPrefix: string;
  values: Readonly<Record<DiagramFieldKey, string>>;
  errors?: Readonly<Partial<Record<DiagramFieldKey, string>>>;
  /** Absent in the server-rendered first step. */
  onChange?: (key: DiagramFieldKey, raw: string) => void;
}

export function ScenarioFields({ idPrefix, values, errors, onChange }: ScenarioFieldsProps) {
  return (
    <>
      {DIAGRAM_FIELDS.map((field) => (
        <NumberField
          key={field.key}
          id={`${idPrefix}-${field.key}`}
          field={field}
          value={values[field.key]}
          error={errors?.[field.key]}
          onChange={onChange ? (raw) => onChange(field.key, raw) : undefined}
        />
      ))}
    </>
  );
}
