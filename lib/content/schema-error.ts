import type { z } from 'zod';

/**
 * A content file failed validation. The message names the file, each bad
 * field and the reason, because it is what an author sees when `next build` fails.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join('\n  - ')}`}`);
    this.name = 'ContentError';
  }
}

export function describeIssues(error: z.ZodError, what: string): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${what} field "${field}": ${issue.message}`;
  });
}
