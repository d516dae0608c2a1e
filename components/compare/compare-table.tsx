import { memo, useId } from 'react';
import { column, type ColumnId } from '@/lib/compare/columns';
import type { SortState } from '@/lib/compare/sort';
import type { NumberedSource } from '@/lib/compare/sources';
import type { CompareRow } from '@/lib/compare/types';
import type { TechniqueId } from '@/lib/model';
import { CompareCell } from './compare-cell';
import { SortHeader } from './sort-header';

export interface CompareTableProps {
  rows: readonly CompareRow[];
  columns: readonly ColumnId[];
  sort: SortState;
  onSort: (id: ColumnId) => void;
  baseline: CompareRow | null;
  onPin: (id: TechniqueId | null) => void;
  onWhy: (row: CompareRow) => void;
  sources: ReadonlyMap<string, NumberedSource>;
  caption: string;
}

/**
 * The table itself. It scrolls sideways inside its own region on a narrow
 * screen, with the technique column sticky so that a row never loses its name.
 */
export const CompareTable = memo(function CompareTable({ rows, columns, sort, onSort, baseline, onPin, onWhy, sources, caption }: CompareTableProps) {
  const captionId = useId();
  return (
    <div className="compare-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="compare-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              Technique
            </th>
            {columns.map((id) => (
              <SortHeader key={id} column={column(id)} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const pinned = baseline?.id === row.id;
            return (
              <tr key={row.id} className={pinned ? 'is-baseline' : undefined}>
                <th scope="row" className="sticky-col">
                  <span className="tech-name">{row.name}</span>
                  {row.note && <span className="row-note">{row.note}</span>}
                  {row.error && <span className="row-error">The model refused this scenario: {row.error}</span>}
                  <button type="button" className="pin-button" aria-pressed={pinned} onClick={() => onPin(pinned ? null : row.id)}>
                    Pin <span className="visually-hidden">{`${row.name} as the baseline`}</span>
                  </button>
                </th>
                {columns.map((id) => (
                  <CompareCell key={id} row={row} columnId={id} baseline={baseline} sources={sources} onWhy={onWhy} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
