/**
 * The one seeded generator of the project (mulberry32: small, fast, 32-bit).
 * Nothing uses Math.random: the same seed must give the same samples, the
 * same shuffled options and the same drawn scenarios on every machine.
 */

/** The next 32-bit unsigned integer of the sequence that `seed` starts. */
export function mulberry32Uint(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform numbers in [0, 1). */
export function uniform(seed: number): () => number {
  const next = mulberry32Uint(seed);
  return () => next() / 4294967296;
}
