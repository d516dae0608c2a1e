import { toCsv, type CsvCell } from '@/lib/csv';
import { column, isFactColumn, type ColumnId } from './columns';
import type { CompareRow } from './types';

function csvValue(row: CompareRow, id: ColumnId): CsvCell {
  if (isFactColumn(id)) return row.facts[id].text;
  const def = column(id);
  if (def.kind === 'flag') return row.estimate ? (row.estimate.pollingCore ? 'yes' : 'no') : null;
  return def.value(row);
}

/**
 * The table as CSV, rows and columns as shown; numbers are the model's own (ns,
 * millions of messages per second), not rounded, so a spreadsheet can redo the maths.
 */
export function tableCsv(rows: readonly CompareRow[], columns: readonly ColumnId[]): string {
  const header: CsvCell[] = ['Technique', ...columns.map((id) => (column(id).unit ? `${column(id).label} (${column(id).unit})` : column(id).label)), 'Note'];
  const body = rows.map((r) => [r.name, ...columns.map((id) => csvValue(r, id)), r.error ?? r.note]);
  return toCsv([header, ...body]);
}
