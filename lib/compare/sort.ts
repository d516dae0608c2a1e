import { TECHNIQUE_IDS } from '@/lib/model';
import { column, type ColumnId, type SortDirection } from './columns';
import type { CompareRow } from './types';

export interface SortState {
  column: ColumnId;
  direction: SortDirection;
}

/**
 * Rows ordered by one column. Rows the model refused sort last in either
 * direction (a missing number is not "smallest"), and ties keep course order, so
 * the same settings always give the same table.
 */
export function sortRows(rows: readonly CompareRow[], sort: SortState): CompareRow[] {
  const def = column(sort.column);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const course = (r: CompareRow) => TECHNIQUE_IDS.indexOf(r.id);
  return [...rows].sort((a, b) => {
    const va = def.value(a);
    const vb = def.value(b);
    if (va === null || vb === null) {
      if (va === vb) return course(a) - course(b);
      return va === null ? 1 : -1;
    }
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en');
    return cmp !== 0 ? sign * cmp : course(a) - course(b);
  });
}

/** A header click: the same column flips direction; another column starts with its better end first. */
export function nextSort(current: SortState, columnId: ColumnId): SortState {
  if (current.column === columnId) return { column: columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column: columnId, direction: column(columnId).firstDirection };
}
