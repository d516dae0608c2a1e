import { FILTERS, type FilterId } from '@/lib/compare/filters';

export interface FilterBarProps {
  active: readonly FilterId[];
  onChange: (active: FilterId[]) => void;
}

export function FilterBar({ active, onChange }: FilterBarProps) {
  const toggle = (id: FilterId, on: boolean) => onChange(FILTERS.map((f) => f.id).filter((f) => (f === id ? on : active.includes(f))));
  return (
    <fieldset className="compare-filters">
      <legend>Show only</legend>
      {FILTERS.map((f) => (
        <label key={f.id} className="control-option">
          <input type="checkbox" checked={active.includes(f.id)} onChange={(e) => toggle(f.id, e.currentTarget.checked)} />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}
