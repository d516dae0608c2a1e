import type { FactSource } from '@/lib/content/technique-facts-schema';
import { isFactColumn, type ColumnId } from './columns';
import type { CompareRow } from './types';

export interface NumberedSource extends FactSource {
  n: number;
}

/**
 * Numbers the sources of the fact cells shown, in reading order (row by row,
 * left to right), one number per URL, so that each cell can cite [3] and the
 * list under the table gives the title and link once.
 */
export function numberSources(rows: readonly CompareRow[], columns: readonly ColumnId[]): Map<string, NumberedSource> {
  const out = new Map<string, NumberedSource>();
  for (const row of rows) {
    for (const id of columns) {
      if (!isFactColumn(id)) continue;
      for (const s of row.facts[id].sources) if (!out.has(s.url)) out.set(s.url, { ...s, n: out.size + 1 });
    }
  }
  return out;
}
