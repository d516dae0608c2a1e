/**
 * The comparison table's own settings in the URL, beside the scenario (see
 * lib/scenario-url.ts): `sort=median:asc`, `only=tcp,any-nic`, `baseline=kernel`,
 * `cols=median,p99`. Defaults are left out; invalid values are dropped and reported.
 */
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/model';
import type { Decoded, UrlProblem } from '@/lib/scenario-url';
import { COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from './columns';
import { FILTER_IDS, type FilterId } from './filters';
import type { SortState } from './sort';

export interface TableSettings {
  sort: SortState;
  filters: FilterId[];
  baseline: TechniqueId | null;
  columns: ColumnId[];
}

export const DEFAULT_TABLE: TableSettings = {
  sort: { column: 'median', direction: 'ascending' },
  filters: [],
  baseline: null,
  columns: [...DEFAULT_COLUMNS],
};

const DIRECTIONS = { asc: 'ascending', desc: 'descending' } as const;

function list<T extends string>(raw: string, param: string, known: readonly T[], what: string, problems: UrlProblem[]): T[] {
  const out = new Set<T>();
  for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    if ((known as readonly string[]).includes(part)) out.add(part as T);
    else problems.push({ param, value: part, reason: `not a ${what}` });
  }
  // Known order, whatever the link's order, so equal settings give equal URLs.
  return known.filter((k) => out.has(k));
}

export function decodeTable(params: URLSearchParams): Decoded<TableSettings> {
  const problems: UrlProblem[] = [];
  const table: TableSettings = { ...DEFAULT_TABLE, sort: { ...DEFAULT_TABLE.sort }, filters: [], columns: [...DEFAULT_TABLE.columns] };

  const sort = params.get('sort');
  if (sort !== null) {
    const [col = '', dir = 'asc'] = sort.split(':');
    if (!(COLUMN_IDS as readonly string[]).includes(col)) problems.push({ param: 'sort', value: sort, reason: 'not a column of the table' });
    else if (!Object.hasOwn(DIRECTIONS, dir)) problems.push({ param: 'sort', value: sort, reason: 'the direction must be asc or desc' });
    else table.sort = { column: col as ColumnId, direction: DIRECTIONS[dir as keyof typeof DIRECTIONS] };
  }
  const only = params.get('only');
  if (only !== null) table.filters = list(only, 'only', FILTER_IDS, 'filter', problems);
  const baseline = params.get('baseline');
  if (baseline !== null) {
    if ((TECHNIQUE_IDS as readonly string[]).includes(baseline)) table.baseline = baseline as TechniqueId;
    else problems.push({ param: 'baseline', value: baseline, reason: 'not a technique this course models' });
  }
  const cols = params.get('cols');
  if (cols !== null) {
    const chosen = list(cols, 'cols', COLUMN_IDS, 'column', problems);
    if (chosen.length > 0) table.columns = chosen;
    else problems.push({ param: 'cols', value: cols, reason: 'no known column left, so all are shown' });
  }
  return { value: table, problems };
}

export function encodeTable(table: TableSettings, params = new URLSearchParams()): URLSearchParams {
  const { sort } = table;
  if (sort.column !== DEFAULT_TABLE.sort.column || sort.direction !== DEFAULT_TABLE.sort.direction) {
    params.set('sort', `${sort.column}:${sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  }
  const filters = FILTER_IDS.filter((f) => table.filters.includes(f));
  if (filters.length > 0) params.set('only', filters.join(','));
  if (table.baseline) params.set('baseline', table.baseline);
  const columns = COLUMN_IDS.filter((c) => table.columns.includes(c));
  const isDefault = columns.length === DEFAULT_TABLE.columns.length && columns.every((c) => DEFAULT_TABLE.columns.includes(c));
  if (!isDefault && columns.length > 0) params.set('cols', columns.join(','));
  return params;
}
