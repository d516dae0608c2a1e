import { readFileSync } from 'node:fs';
import { ContentError } from './schema-error';

/** Reads and parses a JSON content file; bad JSON is a ContentError naming the file. */
export function readJsonFile(file: string, shown: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ContentError(shown, [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
}
