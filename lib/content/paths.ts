import path from 'node:path';

/** Content lives beside the app; builds and tests both run from the repository root. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');
export const LESSONS_DIR = path.join(CONTENT_DIR, 'lessons');

/** Paths in error messages are relative to the repository root, as an author types them. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
