import { PATH_VARIANTS, isPathVariantId, type PathVariantId } from '@/lib/diagram';

export interface TechniquePickerProps {
  idPrefix: string;
  variant: PathVariantId;
  compare: PathVariantId | null;
  /** Absent in the server-rendered first step. */
  onVariant?: (id: PathVariantId) => void;
  onCompare?: (id: PathVariantId | null) => void;
}

const NO_COMPARE = 'none';

/** Which path to draw, and optionally a second one to compare with it on the same scenario. */
export function TechniquePicker({ idPrefix, variant, compare, onVariant, onCompare }: TechniquePickerProps) {
  const options = PATH_VARIANTS.map((v) => (
    <option key={v.id} value={v.id}>
      {v.name}
    </option>
  ));
  return (
    <>
      <div className="sd-field">
        <label htmlFor={`${idPrefix}-technique`}>Technique</label>
        <select
          id={`${idPrefix}-technique`}
          value={variant}
          disabled={!onVariant}
          onChange={
            onVariant
              ? (e) => {
                  if (isPathVariantId(e.target.value)) onVariant(e.target.value);
                }
              : undefined
          }
        >
          {options}
        </select>
      </div>
      <div className="sd-field">
        <label htmlFor={`${idPrefix}-compare`}>Compare with</label>
        <select
          id={`${idPrefix}-compare`}
          value={compare ?? NO_COMPARE}
          disabled={!onCompare}
          onChange={onCompare ? (e) => onCompare(isPathVariantId(e.target.value) ? e.target.value : null) : undefined}
        >
          <option value={NO_COMPARE}>nothing (one path)</option>
          {options}
        </select>
      </div>
    </>
  );
}
