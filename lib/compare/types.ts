import type { TechniqueFacts } from '@/lib/content/technique-facts-schema';
import type { Estimate, Scenario, TechniqueId } from '@/lib/model';

export type FactsById = Readonly<Record<TechniqueId, TechniqueFacts>>;

/** One technique in the comparison table: the model's numbers and the content's facts. */
export interface CompareRow {
  id: TechniqueId;
  name: string;
  /** Exactly what estimate() was given for this row. */
  scenario: Scenario;
  /** null when the model refused the scenario (then `error` says why). */
  estimate: Estimate | null;
  error: string | null;
  /** What this row assumes beyond the shared settings, e.g. UDP where TCP was asked for. */
  note: string | null;
  facts: TechniqueFacts;
}
