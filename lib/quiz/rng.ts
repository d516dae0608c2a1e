import { uniform } from '@/lib/random';
import { hash53 } from './hash';

/** A seeded source of numbers in [0, 1). Never Math.random: the same seed must give the same quiz. */
export type Rng = () => number;

/** The project's generator, seeded from a string (a question id, an attempt) or a number. */
export function seededRng(seed: string | number): Rng {
  return uniform(typeof seed === 'number' ? seed : hash53(seed));
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** One element, uniformly. Throws on an empty list, which a schema should have refused. */
export function pick<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}
