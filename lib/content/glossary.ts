import path from 'node:path';
import { z } from 'zod';
import { sourceSchema, LESSON_SLUG } from './lesson-schema';
import { readJsonFile } from './read-json';
import { ContentError, describeIssues } from './schema-error';
import { CONTENT_DIR, displayPath } from './paths';

export const GLOSSARY_FILE = path.join(CONTENT_DIR, 'glossary.json');

const termSchema = z
  .object({
    id: z.string().regex(LESSON_SLUG, 'ids are kebab-case, e.g. "queue-pair"'),
    term: z.string().trim().min(1),
    definition: z.string().trim().min(20, 'a definition of at least one sentence'),
    lesson: z.string().regex(LESSON_SLUG),
    seeAlso: z.array(z.string()).optional(),
    source: sourceSchema.optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof termSchema>;

/** Validates a parsed glossary: schema, unique ids, see-also ids that exist, known lessons. */
export function parseGlossary(file: string, data: unknown, lessonSlugs?: ReadonlySet<string>): GlossaryTerm[] {
  const result = z.array(termSchema).min(1).safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, 'glossary'));
  const terms = result.data;
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const t of terms) {
    if (ids.has(t.id)) problems.push(`term "${t.id}" appears twice`);
    ids.add(t.id);
  }
  for (const t of terms) {
    for (const other of t.seeAlso ?? []) {
      if (!ids.has(other)) problems.push(`term "${t.id}": seeAlso "${other}" is not a glossary id`);
    }
    if (lessonSlugs && !lessonSlugs.has(t.lesson)) problems.push(`term "${t.id}": lesson "${t.lesson}" does not exist`);
  }
  if (problems.length > 0) throw new ContentError(file, problems);
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

export function loadGlossary(lessonSlugs?: ReadonlySet<string>, file: string = GLOSSARY_FILE): GlossaryTerm[] {
  const shown = displayPath(file);
  return parseGlossary(shown, readJsonFile(file, shown), lessonSlugs);
}

export function glossaryHref(id: string): string {
  return `/glossary/#${id}`;
}
