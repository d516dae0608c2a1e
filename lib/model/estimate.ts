/**
 * The model's two entry points. Both are pure: the same scenario (and seed) gives
 * the same result, with no clock, no global random source and no DOM.
 */
import { buildPath } from './build';
import { drawSamples, latencyAt, P99, P999 } from './tails';
import type { Estimate, SampleOptions, Scenario } from './types';
import { ScenarioError } from './validate';

/** Largest sample count sampleLatency() accepts (80 MB of Float64Array). */
export const MAX_SAMPLES = 10_000_000;

/**
 * Latency, throughput and per-message costs of one scenario.
 *
 * oneWay.stages are the median contributions of each step, in path order, and sum
 * to oneWay.medianNs; p99Ns and p999Ns come from the same distribution that
 * sampleLatency() draws from. Throws ScenarioError for an invalid scenario.
 */
export function estimate(s: Scenario): Estimate {
  const p = buildPath(s);
  let medianNs = 0;
  for (const stage of p.stages) medianNs += stage.ns;
  const p99Ns = Math.max(medianNs, latencyAt(p.tail, P99));
  const p999Ns = Math.max(p99Ns, latencyAt(p.tail, P999));
  return {
    oneWay: { medianNs, p99Ns, p999Ns, stages: p.stages },
    rttNs: p.roundTripOperation ? medianNs : 2 * medianNs,
    wireNs: p.wireNs,
    throughput: p.throughput,
    counts: p.counts,
    pollingCore: p.pollingCore,
  };
}

/**
 * `opts.samples` one-way latencies (ns) drawn from the stochastic model with a
 * generator seeded by `opts.seed`: the same seed gives the same samples. Throws
 * ScenarioError for an invalid scenario, sample count or seed.
 */
export function sampleLatency(s: Scenario, opts: SampleOptions): Float64Array {
  const { samples, seed } = opts;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new ScenarioError('samples', `expected a whole number from 1 to ${MAX_SAMPLES}, got ${String(samples)}`);
  }
  if (!Number.isInteger(seed)) throw new ScenarioError('seed', `expected a whole number, got ${String(seed)}`);
  const p = buildPath(s);
  const out = new Float64Array(samples);
  drawSamples(p.tail, out, seed);
  return out;
}
