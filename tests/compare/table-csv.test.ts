import { buildRows } from '@/lib/compare/rows';
import { numberSources } from '@/lib/compare/sources';
import { tableCsv } from '@/lib/compare/table-csv';
import { FACTS } from './fixtures';

/** Splits RFC 4180 CSV (quoted fields, doubled quotes) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('tableCsv', () => {
  const rows = buildRows({ payloadBytes: 64, linkGbps: 100 }, FACTS);

  it('has a header with units, one line per row shown, and the model\'s unrounded numbers', () => {
    const parsed = parseCsv(tableCsv(rows, ['median', 'throughput', 'hardware']));
    expect(parsed[0]).toEqual(['Technique', 'One-way median (ns)', 'Messages per core (Mpps)', 'Hardware needed', 'Note']);
    expect(parsed).toHaveLength(rows.length + 1);
    const dpdk = parsed.find((r) => r[0] === 'DPDK')!;
    const row = rows.find((r) => r.id === 'dpdk')!;
    expect(Number(dpdk[1])).toBe(row.estimate!.oneWay.medianNs);
    expect(dpdk[3]).toBe(FACTS.dpdk.hardware.text);
  });

  it('keeps text with commas and quotes intact', () => {
    const parsed = parseCsv(tableCsv(rows, ['kernelRole']));
    for (const r of rows) expect(parsed.find((p) => p[0] === r.name)?.[1]).toBe(r.facts.kernelRole.text);
  });
});

describe('numberSources', () => {
  it('numbers each source URL once, in reading order, for the fact columns shown', () => {
    const rows = buildRows({ payloadBytes: 64, linkGbps: 100 }, FACTS);
    const numbered = numberSources(rows, ['median', 'hardware', 'stack']);
    const urls = rows.flatMap((r) => [...r.facts.hardware.sources, ...r.facts.stack.sources].map((s) => s.url));
    expect([...numbered.keys()]).toEqual([...new Set(urls)]);
    expect([...numbered.values()].map((s) => s.n)).toEqual([...numbered.keys()].map((_, i) => i + 1));
    expect(numberSources(rows, ['median']).size).toBe(0);
  });
});
