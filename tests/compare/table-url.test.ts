import { COLUMN_IDS, type ColumnId } from '@/lib/compare/columns';
import { FILTER_IDS } from '@/lib/compare/filters';
import { decodeTable, DEFAULT_TABLE, encodeTable, type TableSettings } from '@/lib/compare/table-url';
import { TECHNIQUE_IDS } from '@/lib/model';
import { seeded } from './fixtures';

function randomTable(rand: () => number): TableSettings {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const columns = COLUMN_IDS.filter(() => rand() < 0.6);
  return {
    sort: { column: pick(COLUMN_IDS), direction: rand() < 0.5 ? 'ascending' : 'descending' },
    filters: FILTER_IDS.filter(() => rand() < 0.3),
    baseline: rand() < 0.5 ? null : pick(TECHNIQUE_IDS),
    columns: columns.length > 0 ? columns : ['median'],
  };
}

describe('table settings in the URL', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeTable(DEFAULT_TABLE).toString()).toBe('');
    expect(decodeTable(new URLSearchParams()).value).toEqual(DEFAULT_TABLE);
  });

  it('round-trips any settings', () => {
    const rand = seeded(7);
    for (let i = 0; i < 200; i++) {
      const table = randomTable(rand);
      const decoded = decodeTable(new URLSearchParams(encodeTable(table).toString()));
      expect(decoded.problems).toEqual([]);
      expect(decoded.value).toEqual(table);
    }
  });

  it('drops invalid values, reports each, and keeps the valid ones', () => {
    const { value, problems } = decodeTable(new URLSearchParams('sort=speed:asc&only=tcp,cheap&baseline=winsock&cols=median,colour'));
    expect(value.sort).toEqual(DEFAULT_TABLE.sort);
    expect(value.filters).toEqual(['tcp']);
    expect(value.baseline).toBeNull();
    expect(value.columns).toEqual(['median']);
    expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual(['sort=speed:asc', 'only=cheap', 'baseline=winsock', 'cols=colour']);
  });

  it('refuses a bad direction and falls back to every column when none is known', () => {
    const { value, problems } = decodeTable(new URLSearchParams('sort=p99:sideways&cols=nothing'));
    expect(value.sort).toEqual(DEFAULT_TABLE.sort);
    expect(value.columns).toEqual<ColumnId[]>([...DEFAULT_TABLE.columns]);
    expect(problems).toHaveLength(3);
  });
});
