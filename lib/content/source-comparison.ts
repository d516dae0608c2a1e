import path from 'node:path';
import { CONTENT_DIR, displayPath } from './paths';
import { readJsonFile } from './read-json';
import { ContentError, describeIssues } from './schema-error';
import { SOURCE_COLUMNS, sourceComparisonSchema, type SourceComparison } from './source-comparison-schema';

export const SOURCE_COMPARISON_FILE = path.join(CONTENT_DIR, 'source-comparison.json');

/** Validates the corrected source table: schema, and a source for every cell whose verdict is not "correct". */
export function parseSourceComparison(file: string, data: unknown): SourceComparison {
  const result = sourceComparisonSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, 'source comparison'));
  const problems: string[] = [];
  const labels = new Set<string>();
  for (const row of result.data.rows) {
    if (labels.has(row.label)) problems.push(`row "${row.label}" appears twice`);
    labels.add(row.label);
    for (const column of SOURCE_COLUMNS) {
      const cell = row.cells[column];
      if (cell.verdict !== 'correct' && cell.sources.length === 0) problems.push(`row "${row.label}", ${column}: a correction needs a source`);
    }
  }
  if (problems.length > 0) throw new ContentError(file, problems);
  return result.data;
}

export function loadSourceComparison(file: string = SOURCE_COMPARISON_FILE): SourceComparison {
  const shown = displayPath(file);
  return parseSourceComparison(shown, readJsonFile(file, shown));
}
