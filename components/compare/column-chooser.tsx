import { COLUMNS, type ColumnId } from '@/lib/compare/columns';

export interface ColumnChooserProps {
  shown: readonly ColumnId[];
  onChange: (shown: ColumnId[]) => void;
}

/** Which columns the table shows; the last one cannot be hidden, so the table never empties. */
export function ColumnChooser({ shown, onChange }: ColumnChooserProps) {
  const toggle = (id: ColumnId, on: boolean) => onChange(COLUMNS.map((c) => c.id).filter((c) => (c === id ? on : shown.includes(c))));
  return (
    <details className="column-chooser">
      <summary>
        Columns: {shown.length} of {COLUMNS.length} shown
      </summary>
      <fieldset>
        <legend className="visually-hidden">Columns shown</legend>
        {COLUMNS.map((c) => {
          const on = shown.includes(c.id);
          return (
            <label key={c.id} className="control-option">
              <input type="checkbox" checked={on} disabled={on && shown.length === 1} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
              {c.label}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
