/** Axis helpers for the lab's log-scale charts: pure, so they are tested without a browser. */

/** A domain of whole decades around the positive values given: [10^floor, 10^ceil]. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/** One tick per decade of a log domain. */
export function decadeTicks([lo, hi]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}

/** Sizes as people write them: 1 B, 64 B, 4 KiB, 1 MiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_048_576 && bytes % 1_048_576 === 0) return `${bytes / 1_048_576} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/** Payload ticks every 16×, from 1 B to 1 MiB. */
export const PAYLOAD_TICKS: readonly number[] = [1, 16, 256, 4096, 65_536, 1_048_576];
