/**
 * Summaries of sampleLatency()'s draws for the distribution chart: percentiles,
 * a CDF thinned to a few hundred points, and a histogram. Pure; the samples come in.
 */

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  min: number;
  max: number;
}

/** The q-quantile of sorted values, nearest rank (the value at or above a fraction q of the samples). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function sortedCopy(samples: ArrayLike<number>): Float64Array {
  return Float64Array.from(samples).sort();
}

export function percentiles(sorted: ArrayLike<number>): Percentiles {
  return {
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    p999: quantileSorted(sorted, 0.999),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface CdfPoint {
  ns: number;
  /** Fraction of messages at or below ns, 0 to 1. */
  fraction: number;
}

/**
 * Points of the empirical CDF: every percent, then finer steps in the tail (where
 * the interesting part of a latency distribution is), then the maximum.
 */
export function cdfPoints(sorted: ArrayLike<number>): CdfPoint[] {
  const levels: number[] = [];
  for (let i = 0; i <= 98; i++) levels.push(i / 100);
  for (let i = 990; i <= 999; i++) levels.push(i / 1000);
  levels.push(0.9995, 1);
  const points = levels.map((q) => ({ ns: q === 0 ? (sorted[0] ?? 0) : quantileSorted(sorted, q), fraction: q }));
  return points.filter((p, i) => i === 0 || p.ns !== points[i - 1]?.ns || p.fraction === 1);
}

export interface HistogramBin {
  fromNs: number;
  toNs: number;
  /** Fraction of all samples in this bin. */
  fraction: number;
}

/**
 * Equal-width bins from the minimum to the 99.9th percentile; the last bin also
 * holds everything beyond, so a rare huge sample cannot squash the chart.
 */
export function histogram(sorted: ArrayLike<number>, bins = 40): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const lo = sorted[0] ?? 0;
  const hi = Math.max(quantileSorted(sorted, 0.999), lo + 1);
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const v = sorted[i] ?? lo;
    const b = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts.map((c, i) => ({ fromNs: lo + i * width, toNs: lo + (i + 1) * width, fraction: c / n }));
}
