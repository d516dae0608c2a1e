/**
 * Number formatting shared by the comparison table, the lab and their CSV.
 * Fixed to en-US so that the server's HTML and the browser's first render agree.
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Three significant figures, never in exponent notation ("0.0123", "12.3", "12,300"). */
export function sig3(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1000) return GROUPED.format(x);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(abs)));
  return Number(x.toFixed(digits)).toString();
}

/** A duration given in ns, in the unit a reader expects: "730 ns", "12.1 µs", "1.23 ms". */
export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return '–';
  if (ns < 1000) return `${sig3(ns)} ns`;
  if (ns < 1_000_000) return `${sig3(ns / 1000)} µs`;
  return `${sig3(ns / 1_000_000)} ms`;
}

/** Messages per second, given in millions: "37.1 M/s", "183 k/s". */
export function formatMpps(mpps: number): string {
  if (!Number.isFinite(mpps)) return '–';
  if (mpps >= 1) return `${sig3(mpps)} M/s`;
  return `${sig3(mpps * 1000)} k/s`;
}

export function formatGbps(gbps: number): string {
  return `${sig3(gbps)} Gb/s`;
}

/** Whole numbers with thousands separators ("1,048,576"). */
export function formatInteger(n: number): string {
  return GROUPED.format(n);
}

/** A value against a baseline: "×0.061", "×1", "×3.2". */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `×${sig3(ratio)}`;
}
