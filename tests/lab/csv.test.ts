import { toCsv } from '@/lib/csv';
import { labCsv } from '@/lib/lab/lab-csv';
import { latencySweep, stageBreakdown, throughputSweep } from '@/lib/lab/series';

describe('toCsv', () => {
  it('quotes cells with commas, quotes or line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 1.5, null, true]])).toBe('a,"b,c","say ""hi""","two\nlines",1.5,,true\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv([['=SUM(A1)', '+1', -3]])).toBe("'=SUM(A1),'+1,-3\r\n");
  });
});

describe('labCsv', () => {
  it('has one line per number shown, with its chart, technique and unit', () => {
    const settings = { payloadBytes: 64, linkGbps: 100 };
    const techniques = ['kernel', 'rdma'] as const;
    const breakdown = stageBreakdown(settings, techniques);
    const latency = latencySweep(settings, techniques);
    const throughput = throughputSweep(settings, techniques);
    const csv = labCsv({ breakdown, latency, throughput, techniques, distribution: { technique: 'kernel', samples: 1000, seed: 1, percentiles: { p50: 1, p90: 2, p99: 3, p999: 4, min: 0, max: 5 } } });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('chart,technique,x,x_unit,value,unit');
    const stages = breakdown.techniques.reduce((n, t) => n + t.stages.length + 1, 0);
    expect(lines).toHaveLength(1 + stages + 2 * latency.length * techniques.length + 5);
    expect(lines).toContain('"distribution (1000 samples, seed 1)",Linux sockets,p99,percentile,3,ns one-way');
  });
});
