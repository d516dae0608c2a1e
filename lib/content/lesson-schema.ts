import { z } from 'zod';

export const LESSON_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sourceSchema = z
  .object({
    title: z.string().trim().min(3, 'give the source a title'),
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  })
  .strict();

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3).max(80),
    summary: z.string().trim().min(20, 'a summary of at least 20 characters').max(320),
    order: z.number().int().positive(),
    minutes: z.number().int().min(1).max(120),
    objectives: z.array(z.string().trim().min(8)).min(2).max(8),
    sources: z.array(sourceSchema).min(1, 'list at least one primary source'),
    updated: z.iso.date('a date written YYYY-MM-DD'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type LessonSource = z.infer<typeof sourceSchema>;

export interface LessonMeta extends LessonFrontmatter {
  slug: string;
}

export const tocEntrySchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  depth: z.number().int().min(2).max(4),
});

export type TocEntry = z.infer<typeof tocEntrySchema>;
