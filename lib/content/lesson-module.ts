import type { MDXContent } from 'mdx/types';
import { z } from 'zod';
import { validateLessonFrontmatter } from './frontmatter';
import { type LessonFrontmatter, type TocEntry, tocEntrySchema } from './lesson-schema';
import { ContentError, describeIssues } from './schema-error';

export interface LessonModule {
  Content: MDXContent;
  frontmatter: LessonFrontmatter;
  toc: TocEntry[];
}

const moduleShape = z.object({
  default: z.custom<MDXContent>((value) => typeof value === 'function', 'the MDX module has no default export'),
  frontmatter: z.unknown(),
  toc: z.array(tocEntrySchema),
});

/** Checks what the compiled MDX module exports, so a page never renders half a lesson. */
export function parseLessonModule(file: string, mod: unknown): LessonModule {
  const result = moduleShape.safeParse(mod);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, 'module'));
  return {
    Content: result.data.default,
    frontmatter: validateLessonFrontmatter(file, result.data.frontmatter),
    toc: result.data.toc,
  };
}
