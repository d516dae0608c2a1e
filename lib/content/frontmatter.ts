import { parse } from 'yaml';
import { ContentError, describeIssues } from './schema-error';
import { type LessonFrontmatter, lessonFrontmatterSchema } from './lesson-schema';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML block at the top of an MDX file, parsed; throws a ContentError naming the file. */
export function readFrontmatter(file: string, source: string): unknown {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(file, ['no frontmatter: start the file with a --- YAML block ---']);
  try {
    return parse(match[1] ?? '');
  } catch (err) {
    throw new ContentError(file, [`frontmatter is not valid YAML: ${err instanceof Error ? err.message : String(err)}`]);
  }
}

export function validateLessonFrontmatter(file: string, data: unknown): LessonFrontmatter {
  const result = lessonFrontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, 'frontmatter'));
  return result.data;
}

export function parseLessonSource(file: string, source: string): LessonFrontmatter {
  return validateLessonFrontmatter(file, readFrontmatter(file, source));
}
