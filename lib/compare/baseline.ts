import { column, type ColumnId } from './columns';
import type { CompareRow } from './types';

/**
 * A row's value for a column divided by the baseline row's value: 0.06 means 6%
 * of the baseline. null where a ratio means nothing: a column without ratios,
 * a refused row, or a baseline of zero.
 */
export function ratioTo(row: CompareRow, baseline: CompareRow, columnId: ColumnId): number | null {
  const def = column(columnId);
  if (!def.ratio) return null;
  const v = def.value(row);
  const b = def.value(baseline);
  if (typeof v !== 'number' || typeof b !== 'number' || b === 0) return null;
  return v / b;
}
