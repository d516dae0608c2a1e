import type { ColumnDef } from '@/lib/compare/columns';
import type { SortState } from '@/lib/compare/sort';

export interface SortHeaderProps {
  column: ColumnDef;
  sort: SortState;
  onSort: (column: ColumnDef['id']) => void;
}

/**
 * A column header that sorts: a real button inside the th, and aria-sort on the
 * th of the column the table is sorted by (and only there, as ARIA asks).
 */
export function SortHeader({ column, sort, onSort }: SortHeaderProps) {
  const active = sort.column === column.id;
  const unit = column.kind === 'latency' ? 'one-way' : column.kind === 'count' ? 'per message' : column.kind === 'rate' ? 'receive side' : null;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={`col-${column.kind}`}>
      <button type="button" className="sort-button" onClick={() => onSort(column.id)} title={column.description}>
        {column.label} {unit && <span className="th-unit">{unit}</span>}
        <span className="sort-icon" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '⇅'}
        </span>
      </button>
    </th>
  );
}
