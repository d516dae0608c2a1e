import { seededRng, shuffled } from './rng';
import type { Question } from './schema';

/**
 * The order a question's options (or ordering items) are shown in, by id.
 * Seeded by the question id, so it is computed once and is the same on the
 * server, in the browser and after a reload; saved answers record it too.
 * Empty for types without options.
 */
export function shownOrder(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = q.prompt.options.map((o) => o.id);
      return q.fixedOrder ? ids : shuffled(ids, seededRng(`options:${q.id}`));
    }
    case 'ordering':
      return initialOrdering(q.prompt.items.map((i) => i.id), q.answer.order, q.id);
    case 'truefalse':
    case 'short':
    case 'numeric':
    case 'computed':
      return [];
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}

/**
 * A shuffled starting order that is never already the answer: an ordering
 * question that starts solved teaches nothing and can be "passed" by a guess.
 */
export function initialOrdering(items: readonly string[], answer: readonly string[], seed: string): string[] {
  const order = shuffled(items, seededRng(`ordering:${seed}`));
  if (order.join('\u0000') !== answer.join('\u0000')) return order;
  // Rotating by one moves every item when there are at least two.
  return [...order.slice(1), ...order.slice(0, 1)];
}
