import { uniform } from '@/lib/random';
import { loadTechniqueFacts } from '@/lib/content/technique-facts';
import type { FactsById } from '@/lib/compare/types';

/** The real content file: the table's behaviour is tested against what learners see. */
export const FACTS: FactsById = loadTechniqueFacts();

/** Seeded, so "random" cases are the same on every run. */
export const seeded = uniform;
