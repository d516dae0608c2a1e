/**
 * Number formats for the diagram. Written out by hand rather than with
 * toLocaleString so that the server-rendered first step and the browser's
 * render print exactly the same characters.
 */

function groupThousands(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A duration: "0.4 ns", "150 ns", "1.77 µs", "12.7 µs", "91 µs", "1.25 ms". */
export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return '—';
  if (ns < 10) return `${(Math.round(ns * 10) / 10).toString()} ns`;
  if (ns < 999.5) return `${Math.round(ns)} ns`;
  const us = ns / 1000;
  if (us < 9.995) return `${us.toFixed(2)} µs`;
  if (us < 99.95) return `${us.toFixed(1)} µs`;
  if (us < 999.5) return `${Math.round(us)} µs`;
  return `${(us / 1000).toFixed(2)} ms`;
}

/** A share of the total: "13%", "<1%". */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 0.5) return '<1%';
  return `${Math.round(pct)}%`;
}

export function formatBytes(bytes: number): string {
  return `${groupThousands(bytes)} B`;
}

export function formatGbps(gbps: number): string {
  return `${groupThousands(gbps)} Gb/s`;
}

export function formatCount(n: number): string {
  return groupThousands(n);
}
