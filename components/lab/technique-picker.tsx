import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from '@/lib/model';

export interface TechniquePickerProps {
  chosen: readonly TechniqueId[];
  onChange: (chosen: TechniqueId[]) => void;
}

/** Which techniques the charts compare; the last one cannot be unticked, so a chart is never empty. */
export function TechniquePicker({ chosen, onChange }: TechniquePickerProps) {
  const toggle = (id: TechniqueId, on: boolean) => onChange(TECHNIQUE_IDS.filter((t) => (t === id ? on : chosen.includes(t))));
  return (
    <fieldset className="control technique-picker">
      <legend className="control-label">Techniques compared: {chosen.length}</legend>
      {TECHNIQUE_IDS.map((id) => {
        const on = chosen.includes(id);
        return (
          <label key={id} className="control-option">
            <input type="checkbox" checked={on} disabled={on && chosen.length === 1} onChange={(e) => toggle(id, e.currentTarget.checked)} />
            <span className="swatch" style={{ background: `var(--tech-${id})` }} aria-hidden="true" />
            {TECHNIQUES[id].name}
          </label>
        );
      })}
    </fieldset>
  );
}
