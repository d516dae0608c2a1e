/**
 * The stochastic part of the model.
 *
 * One message's latency is Q(u): a quantile function of a single uniform draw u,
 *
 *   Q(u) = fixed + span·u + Σ_kind median_kind · exp(sigma_kind · z(u))
 *          + queue(u) + preemption(u),        z(u) = Φ⁻¹(u).
 *
 * Every term rises with u, so all random parts of a message move together (a
 * comonotonic model): a message slowed at one step is slowed at the others, as
 * when a cold cache, a lower clock or a busy core hits the whole path at once.
 * It overstates the tail a little compared with independent steps, and it buys
 * two things a teaching model needs: every percentile is exactly the sum of the
 * stages' percentiles (the median breakdown adds up), and estimate() gets its
 * p99 and p99.9 from Q itself, so sampled and estimated percentiles agree by
 * construction rather than by luck.
 *
 * queue(u): M/M/1 waiting time at utilisation rho with service time S:
 *   P(W > t) = rho·exp(-(1 - rho)·t / S).
 * preemption(u): with probability q the thread loses the CPU for an
 *   exponentially distributed time of mean m.
 */
import { mulberry32Uint } from '@/lib/random';
import { SIGMA_CPU, SIGMA_HARDWARE, SIGMA_KERNEL, SIGMA_WAIT } from './constants';

export interface TailModel {
  fixedNs: number;
  uniformSpanNs: number;
  cpuNs: number;
  kernelNs: number;
  hardwareNs: number;
  waitNs: number;
  /** Utilisation of the bottleneck, 0 to 0.95. */
  queueRho: number;
  /** Mean service time of the bottleneck, ns. */
  queueServiceNs: number;
  preemptProbability: number;
  preemptMeanNs: number;
}

/** M/M/1 waiting time at quantile u. */
export function queueWaitNs(rho: number, serviceNs: number, u: number): number {
  if (rho <= 0 || u <= 1 - rho) return 0;
  return (serviceNs / (1 - rho)) * Math.log(rho / (1 - u));
}

function preemptNs(t: TailModel, u: number): number {
  if (u <= 1 - t.preemptProbability) return 0;
  return t.preemptMeanNs * Math.log(t.preemptProbability / (1 - u));
}

/**
 * Inverse of the standard normal CDF (P. J. Acklam's rational approximation,
 * relative error below 1.2e-9): enough for p99.9 and cheap enough to sample with.
 */
export function inverseNormal(p: number): number {
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tail(q);
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -tail(q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
      1.328068155288572e1) *
      r +
      1)
  );
}

function tail(q: number): number {
  return (
    (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
  );
}

/** The log-normal multipliers at one quantile: exp(sigma · z(u)) for each kind of stage. */
export interface QuantilePoint {
  u: number;
  cpu: number;
  kernel: number;
  hardware: number;
  wait: number;
}

export function quantilePoint(u: number): QuantilePoint {
  const z = inverseNormal(u);
  return {
    u,
    cpu: Math.exp(SIGMA_CPU * z),
    kernel: Math.exp(SIGMA_KERNEL * z),
    hardware: Math.exp(SIGMA_HARDWARE * z),
    wait: Math.exp(SIGMA_WAIT * z),
  };
}

/** The percentiles estimate() reports, with their multipliers worked out once. */
export const P99 = quantilePoint(0.99);
export const P999 = quantilePoint(0.999);

/** One-way latency at a precomputed quantile point, ns. */
export function latencyAt(t: TailModel, q: QuantilePoint): number {
  return (
    t.fixedNs +
    t.uniformSpanNs * q.u +
    t.cpuNs * q.cpu +
    t.kernelNs * q.kernel +
    t.hardwareNs * q.hardware +
    t.waitNs * q.wait +
    queueWaitNs(t.queueRho, t.queueServiceNs, q.u) +
    preemptNs(t, q.u)
  );
}

/** One-way latency at quantile u (0 < u < 1), ns. */
export function quantileNs(t: TailModel, u: number): number {
  return latencyAt(t, quantilePoint(u));
}

/** Uniform numbers strictly inside (0, 1), where the quantile function is finite: mulberry32 shifted by half a step. */
export function mulberry32(seed: number): () => number {
  const next = mulberry32Uint(seed);
  return () => (next() + 0.5) / 4294967296;
}

/**
 * Fills `out` with draws of Q(u) from a generator seeded with `seed`. The draws
 * are stratified: sample i takes u uniformly inside the i-th of n equal slices of
 * (0, 1), and the samples are then shuffled. Each sample is still a random draw
 * from the model, but the sample percentiles land on Q's own percentiles (to
 * within one slice), so p99.9 from 100,000 samples agrees with estimate() for any
 * seed instead of wandering by several percent with the tail's steepness. The sum
 * is the one latencyAt computes, written out so the loop allocates nothing.
 */
export function drawSamples(t: TailModel, out: Float64Array, seed: number): void {
  const next = mulberry32(seed);
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const u = (i + next()) / n;
    const z = inverseNormal(u);
    out[i] =
      t.fixedNs +
      t.uniformSpanNs * u +
      t.cpuNs * Math.exp(SIGMA_CPU * z) +
      t.kernelNs * Math.exp(SIGMA_KERNEL * z) +
      t.hardwareNs * Math.exp(SIGMA_HARDWARE * z) +
      t.waitNs * Math.exp(SIGMA_WAIT * z) +
      queueWaitNs(t.queueRho, t.queueServiceNs, u) +
      preemptNs(t, u);
  }
  // Fisher-Yates, so that the order carries no trace of the strata.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const tmp = out[i] ?? 0;
    out[i] = out[j] ?? 0;
    out[j] = tmp;
  }
}
