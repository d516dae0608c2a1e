/**
 * The schema of content/source-comparison.json: the source document's comparison
 * table, cell by cell, with what it says, the verdict from ACCURACY.md, the
 * corrected statement, why it changed and the sources. No file access here.
 */
import { z } from 'zod';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/model';
import { sourceSchema } from './lesson-schema';

export const SOURCE_COLUMNS = ['latency', 'throughput', 'codeChanges', 'complexity'] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];
export const VERDICTS = ['correct', 'oversimplified', 'misleading', 'unsourced', 'wrong'] as const;
/** A figure the page computes with the model for the learner's scenario, beside the correction. */
export const MODEL_FIGURES = ['oneWayMedian', 'throughputPerCore'] as const;

const sourceCellSchema = z
  .object({
    says: z.string().trim().min(1),
    verdict: z.enum(VERDICTS),
    corrected: z.string().trim().min(3),
    why: z.string().trim().min(10, 'say why it changed (or why it stands)'),
    accuracy: z.array(z.string().regex(/^[AB]\d+$/, 'an ACCURACY.md item such as "A27"')).min(1),
    sources: z.array(sourceSchema),
    model: z.enum(MODEL_FIGURES).optional(),
  })
  .strict();

export const sourceComparisonSchema = z
  .object({
    about: z.string().optional(),
    rows: z
      .array(
        z
          .object({
            label: z.string().trim().min(1),
            technique: z.enum([...TECHNIQUE_IDS] as [TechniqueId, ...TechniqueId[]]),
            cells: z.object({ latency: sourceCellSchema, throughput: sourceCellSchema, codeChanges: sourceCellSchema, complexity: sourceCellSchema }).strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type SourceComparison = z.infer<typeof sourceComparisonSchema>;
export type SourceRow = SourceComparison['rows'][number];
export type SourceCell = SourceRow['cells'][SourceColumn];
