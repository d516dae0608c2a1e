import { ratioTo } from '@/lib/compare/baseline';
import { buildRows } from '@/lib/compare/rows';
import { FACTS } from './fixtures';

describe('ratioTo', () => {
  const rows = buildRows({ payloadBytes: 64, linkGbps: 100 }, FACTS);
  const kernel = rows.find((r) => r.id === 'kernel')!;
  const dpdk = rows.find((r) => r.id === 'dpdk')!;

  it('is 1 for the baseline itself and value / baseline for the others', () => {
    expect(ratioTo(kernel, kernel, 'median')).toBe(1);
    expect(ratioTo(dpdk, kernel, 'median')).toBeCloseTo(dpdk.estimate!.oneWay.medianNs / kernel.estimate!.oneWay.medianNs, 12);
    expect(ratioTo(dpdk, kernel, 'throughput')).toBeCloseTo(dpdk.estimate!.throughput.rxMppsPerCore / kernel.estimate!.throughput.rxMppsPerCore, 12);
  });

  it('gives no ratio for counts, flags and facts, or against a refused row', () => {
    expect(ratioTo(dpdk, kernel, 'syscalls')).toBeNull();
    expect(ratioTo(dpdk, kernel, 'spins')).toBeNull();
    expect(ratioTo(dpdk, kernel, 'complexity')).toBeNull();
    expect(ratioTo(dpdk, { ...kernel, estimate: null }, 'median')).toBeNull();
  });
});
