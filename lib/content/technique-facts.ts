import path from 'node:path';
import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from '@/lib/model';
import { CONTENT_DIR, displayPath } from './paths';
import { readJsonFile } from './read-json';
import { ContentError, describeIssues } from './schema-error';
import { techniqueFactsFileSchema, type TechniqueFacts } from './technique-facts-schema';

export const TECHNIQUE_FACTS_FILE = path.join(CONTENT_DIR, 'techniques.json');

/**
 * Validates content/techniques.json: the schema, one entry per technique the model
 * knows, and protocols that agree with the model's (a table that offered TCP where
 * the model refuses it would contradict its own numbers). Returned in course order.
 */
export function parseTechniqueFacts(file: string, data: unknown): Record<TechniqueId, TechniqueFacts> {
  const result = techniqueFactsFileSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, 'techniques'));
  const problems: string[] = [];
  const byId = new Map<TechniqueId, TechniqueFacts>();
  for (const facts of result.data.techniques) {
    if (byId.has(facts.id)) problems.push(`technique "${facts.id}" appears twice`);
    byId.set(facts.id, facts);
    const model = TECHNIQUES[facts.id];
    const offered = facts.protocols.value;
    if (model.protocols.includes('tcp') !== offered.includes('tcp')) {
      problems.push(`technique "${facts.id}": protocols ${offered.includes('tcp') ? 'offer' : 'omit'} tcp, the model says the opposite`);
    }
    // On raw frames the application carries UDP itself, which is what the model runs.
    if (model.protocols.includes('udp') !== (offered.includes('udp') || offered.includes('raw'))) {
      problems.push(`technique "${facts.id}": protocols must offer udp or raw frames exactly when the model runs UDP`);
    }
    if ((model.ops.length > 0) !== offered.includes('verbs')) problems.push(`technique "${facts.id}": "verbs" must be offered exactly when the model has RDMA operations`);
  }
  for (const id of TECHNIQUE_IDS) if (!byId.has(id)) problems.push(`technique "${id}" is missing`);
  if (problems.length > 0) throw new ContentError(file, problems);
  return Object.fromEntries(TECHNIQUE_IDS.map((id) => [id, byId.get(id)])) as Record<TechniqueId, TechniqueFacts>;
}

export function loadTechniqueFacts(file: string = TECHNIQUE_FACTS_FILE): Record<TechniqueId, TechniqueFacts> {
  const shown = displayPath(file);
  return parseTechniqueFacts(shown, readJsonFile(file, shown));
}
