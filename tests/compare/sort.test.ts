import { buildRows } from '@/lib/compare/rows';
import { nextSort, sortRows } from '@/lib/compare/sort';
import { estimate, TECHNIQUE_IDS } from '@/lib/model';
import type { CompareRow } from '@/lib/compare/types';
import { FACTS } from './fixtures';

const medians = (rows: CompareRow[]) => rows.map((r) => r.estimate?.oneWay.medianNs ?? Number.NaN);

describe('sortRows', () => {
  const rows = buildRows({ payloadBytes: 64, linkGbps: 100 }, FACTS);

  it('orders by a numeric column in either direction', () => {
    const up = medians(sortRows(rows, { column: 'median', direction: 'ascending' }));
    const down = medians(sortRows(rows, { column: 'median', direction: 'descending' }));
    for (let i = 1; i < up.length; i++) expect(up[i]).toBeGreaterThanOrEqual(up[i - 1] ?? 0);
    expect(down).toEqual([...up].reverse());
  });

  it('orders ordinal facts by rank and keeps course order among ties', () => {
    const sorted = sortRows(rows, { column: 'codeChanges', direction: 'ascending' });
    const none = sorted.filter((r) => r.facts.codeChanges.value === 'none').map((r) => r.id);
    expect(sorted.slice(0, none.length).map((r) => r.id)).toEqual(TECHNIQUE_IDS.filter((id) => none.includes(id)));
    expect(sorted.at(-1)?.facts.codeChanges.value).toBe('rewrite');
  });

  it('puts rows the model refused last, whichever the direction', () => {
    const broken: CompareRow = { ...rows[0]!, estimate: null, error: 'refused' };
    const mixed = [broken, ...rows.slice(1)];
    expect(sortRows(mixed, { column: 'median', direction: 'ascending' }).at(-1)).toBe(broken);
    expect(sortRows(mixed, { column: 'median', direction: 'descending' }).at(-1)).toBe(broken);
  });

  it('follows the payload: the order for 64 B and for 64 KiB is the model\'s order for each', () => {
    const orderFor = (payloadBytes: number) =>
      sortRows(buildRows({ payloadBytes, linkGbps: 100 }, FACTS), { column: 'median', direction: 'ascending' }).map((r) => r.id);
    const expected = (payloadBytes: number) =>
      [...TECHNIQUE_IDS].sort((a, b) => estimate({ technique: a, payloadBytes, linkGbps: 100 }).oneWay.medianNs - estimate({ technique: b, payloadBytes, linkGbps: 100 }).oneWay.medianNs);
    expect(orderFor(64)).toEqual(expected(64));
    expect(orderFor(65_536)).toEqual(expected(65_536));
  });
});

describe('nextSort', () => {
  it('flips the direction when the same column is clicked again', () => {
    expect(nextSort({ column: 'median', direction: 'ascending' }, 'median')).toEqual({ column: 'median', direction: 'descending' });
    expect(nextSort({ column: 'median', direction: 'descending' }, 'median')).toEqual({ column: 'median', direction: 'ascending' });
  });

  it('starts a new column with its better end first: lowest latency, highest throughput', () => {
    expect(nextSort({ column: 'median', direction: 'ascending' }, 'p99').direction).toBe('ascending');
    expect(nextSort({ column: 'median', direction: 'ascending' }, 'throughput').direction).toBe('descending');
  });
});
